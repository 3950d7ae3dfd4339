import type { APIRequestContext, Page, Route } from "@playwright/test";

/** A server-action POST as the browser made it: enough to send it again, as anyone. */
export interface ActionPost {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

const REPLAYED_HEADERS = ["content-type", "next-action", "next-router-state-tree", "accept"];

/**
 * Run `submit` (a click on a form's button) and stop the server-action POST it makes before it
 * reaches the server: the action never runs for this user, and the request can be replayed. The
 * page is reloaded afterwards, as the aborted call leaves it showing an error.
 */
export async function captureActionPost(page: Page, submit: () => Promise<void>): Promise<ActionPost> {
  let captured: (post: ActionPost) => void = () => undefined;
  const post = new Promise<ActionPost>((resolve) => (captured = resolve));
  const intercept = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => (request.headers()[name] ? [[name, request.headers()[name] ?? ""]] : [])),
    );
    captured({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
    await route.abort();
  };
  await page.route("**/*", intercept);
  await submit();
  const result = await post;
  await page.unroute("**/*", intercept);
  await page.reload();
  return result;
}

/**
 * POST to the same server action as `request`'s user (its cookies), with the captured body or
 * another one: what a hand-made request can do. Redirects are not followed.
 */
export async function postAction(
  request: APIRequestContext,
  post: ActionPost,
  body: { contentType: string; data: string | Buffer } = { contentType: post.headers["content-type"] ?? "", data: post.body },
): Promise<{ status: number; text: string }> {
  const response = await request.post(post.url, {
    headers: { ...post.headers, "content-type": body.contentType, origin: new URL(post.url).origin },
    data: body.data,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}
