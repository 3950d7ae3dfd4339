/**
 * A small HTTP client for the fuzz suite: sessions as cookie strings, server actions called the
 * way React 19.3 calls them (a multipart body whose field "0" lists the arguments, the form's fields
 * prefixed "_1_"), Auth.js sign-in through its own endpoints. Redirects are never followed.
 */
export interface Session {
  name: string;
  cookie: string;
}

export const ANONYMOUS: Session = { name: "anonymous", cookie: "" };

/** The actions this build has: id, file and export name, from Next's server-reference manifest. */
export interface ActionInfo {
  id: string;
  exportedName: string;
  filename: string;
  /** Pages whose bundle has the action, as "app/teach/sets/[id]/page". */
  pages: string[];
}

function mergeCookies(cookie: string, response: Response): string {
  const jar = new Map(
    cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export class FuzzClient {
  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit & { session?: Session } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.session?.cookie) headers.set("cookie", init.session.cookie);
    return fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual", signal: init.signal ?? AbortSignal.timeout(60_000) });
  }

  /** Sign in through Auth.js's credentials endpoint; throws unless a session cookie comes back. */
  async signIn(name: string, email: string, password: string): Promise<Session> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    let cookie = mergeCookies("", csrf);
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    cookie = mergeCookies(cookie, response);
    if (!/authjs\.session-token=/.test(cookie)) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return { name, cookie };
  }

  /** Call a server action with a form, as a page's JavaScript does. */
  async callAction(
    action: ActionInfo,
    path: string,
    fields: Record<string, string>,
    session: Session,
  ): Promise<{ response: Response; session: Session }> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
    // The arguments last, as React sends them: the server reads the form's fields when it parses them.
    body.set("0", JSON.stringify([{}, "$K1"]));
    const response = await this.request(path, {
      method: "POST",
      headers: { "next-action": action.id, origin: this.base, accept: "text/x-component" },
      body,
      session,
    });
    return { response, session: { ...session, cookie: mergeCookies(session.cookie, response) } };
  }
}

/** Where a server action sent the caller ("/teach/sets/<id>"), from Next's x-action-redirect header. */
export function actionRedirect(response: Response): string | null {
  const header = response.headers.get("x-action-redirect");
  return header ? (header.split(";")[0] ?? null) : null;
}
