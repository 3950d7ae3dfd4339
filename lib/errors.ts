/**
 * A rule of the domain refused a request: "you already have a class with this name", "this code
 * has expired". The message is written for the user; `field` names the form field it concerns, so
 * the action wrapper (server/actions) can show it beside that field. Anything else thrown is a bug.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** What a user is told while the database server cannot be reached (a 503, or beside a form). */
export const DATABASE_UNAVAILABLE_MESSAGE = "Kizuna cannot reach its database right now. Please try again in a few seconds.";
