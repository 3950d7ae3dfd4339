export * from "./users";
export * from "./collections";
export * from "./content";
export * from "./study";
export * from "./teaching";
export * from "./rate-limits";
export * from "./flags";
export * from "./fsrs-parameters";
