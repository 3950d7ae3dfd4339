/** Who may read a collection besides its owner: every teacher (public) or named teachers only (private). */
export const COLLECTION_VISIBILITIES = ["public", "private"] as const;
export type CollectionVisibility = (typeof COLLECTION_VISIBILITIES)[number];

/** The built-in dataset's collection: public, owned by no one, loaded from db/seed/dataset at start-up. */
export const BUILTIN_COLLECTION = "japan-cambodia";
