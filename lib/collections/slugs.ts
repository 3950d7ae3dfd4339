/** Ids made from names: a source's from its title, an entity's from its name, an event's from its year and title, a fact's from its question. */

/** Lowercase words joined by hyphens, at most `max` characters, never empty. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return slug === "" ? "item" : slug;
}

/** `base`, or the first of `base-2`, `base-3`… not yet taken. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
