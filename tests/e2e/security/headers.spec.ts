/**
 * Security headers on every kind of response (pages, API routes, errors), and a nonce-based CSP
 * the app actually runs under: signing up, building a set (drag-and-drop controls) and studying
 * (TanStack Query) raise no CSP violation.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp.match(/script-src [^;]*/)?.[0], what).not.toContain("unsafe-inline");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("worker-src 'self'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["strict-transport-security"], `${what}: no HSTS over plain http`).toBeUndefined();
}

test("pages, API routes and errors all carry the security headers, each page with its own nonce", async ({ request }) => {
  const answers: [string, string, number][] = [
    ["page", "/sign-in", 200],
    ["API, signed out", "/api/me", 401],
    ["API", "/api/health", 200],
    ["API, unknown route", "/api/no-such-route", 404],
    ["error, broken %-escape", "/join/%E0%A4%A", 400],
    ["redirect to sign-in", "/study", 307],
  ];
  for (const [what, path, status] of answers) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/sign-in")).headers()["content-security-policy"] ?? "")?.[1];
  expect(await nonce()).not.toBe(await nonce());
  // Next puts the nonce on every script of the page it renders.
  const page = await request.get("/sign-in");
  const pageNonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  const scripts = (await page.text()).match(/<script[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  for (const tag of scripts) expect(tag).toContain(`nonce="${pageNonce}"`);
  // Behind an https proxy, HSTS too.
  const https = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("the review post, which skips the proxy, carries the security headers too, with a CSP that allows nothing", async ({ request }) => {
  for (const https of [false, true]) {
    const response = await request.post("/api/reviews", {
      data: { reviews: [] },
      headers: https ? { "x-forwarded-proto": "https" } : {},
    });
    expect(response.status()).toBe(401);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toBe(https ? "max-age=63072000; includeSubDomains" : undefined);
  }
});

test("the app runs under its CSP: no violation while signing up, building a set and studying", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  const watch = (p: typeof page) =>
    p.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
  watch(page);
  await signUp(page, newUser("teacher"));
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("CSP drill");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (3)" })).toBeVisible();
  await page
    .getByRole("button", { name: /^Move down/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Questions in this set (3)" })).toBeVisible();

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  watch(student);
  await signUp(student, newUser("student"));
  await student.getByRole("link", { name: /Start quiz/ }).click();
  await answerCurrentQuestion(student);
  await studentContext.close();
  expect(violations).toEqual([]);
});
