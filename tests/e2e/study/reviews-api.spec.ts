import crypto from "node:crypto";
import http from "node:http";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { newUser, signUp } from "../support/users";

async function firstQuestionId(request: APIRequestContext): Promise<string> {
  const queue = await request.get("/api/study/queue");
  expect(queue.status()).toBe(200);
  const body = (await queue.json()) as { items: { question: { id: string } }[] };
  return body.items[0]?.question.id ?? "";
}

/** A POST sent in chunks with no Content-Length (what Playwright's request API never does). */
async function postChunked(context: BrowserContext, path: string, body: string): Promise<{ status: number; text: string }> {
  const base = test.info().project.use.baseURL ?? "";
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, base),
      { method: "POST", headers: { cookie, "content-type": "application/json", "transfer-encoding": "chunked" } },
      async (response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      },
    );
    // The server may answer and close before the whole body is sent.
    request.on("error", reject);
    for (let at = 0; at < body.length; at += 64 * 1024) request.write(body.slice(at, at + 64 * 1024));
    request.end();
  });
}

const flashcard = (questionId: string, extra: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  questionId,
  mode: "flashcard",
  rating: "good",
  responseMs: 4000,
  reviewedAt: new Date().toISOString(),
  ...extra,
});

test("the review API answers bad input with 4xx and a reason, and writes nothing", async ({ page }) => {
  await signUp(page, newUser("student"));
  const api = page.request;
  const questionId = await firstQuestionId(api);

  const unknown = await api.post("/api/reviews", { data: { reviews: [flashcard(questionId), flashcard("q-does-not-exist")] } });
  expect(unknown.status()).toBe(422);
  expect(await unknown.json()).toMatchObject({
    error: "Some reviews cannot be recorded; nothing was saved.",
    details: ['reviews[1]: unknown question "q-does-not-exist"'],
  });

  const badRating = await api.post("/api/reviews", { data: { reviews: [flashcard(questionId, { rating: "perfect" })] } });
  expect(badRating.status()).toBe(400);
  expect(JSON.stringify(await badRating.json())).toContain("rating must be one of again, hard, good, easy");

  const notJson = await api.post("/api/reviews", { headers: { "content-type": "application/json" }, data: Buffer.from("{nope") });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error).toBe("The request body must be valid JSON.");

  // Over 1 MB: refused by its declared length, or as it arrives when sent without one. The review
  // post does not pass through the proxy, so its own wrapper must do both.
  const hugeBody = JSON.stringify({ reviews: [flashcard(questionId, { answer: "x".repeat(1_100_000) })] });
  const declared = await api.post("/api/reviews", { headers: { "content-type": "application/json" }, data: hugeBody });
  expect(declared.status()).toBe(413);
  expect((await declared.json()).error).toBe("The request body is too large (at most 1 MB).");
  const chunked = await postChunked(page.context(), "/api/reviews", hugeBody);
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.text).error).toBe("The request body is too large (at most 1 MB).");

  // Only POST is answered; the allowed method is named.
  const get = await api.get("/api/reviews");
  expect(get.status()).toBe(405);
  expect(get.headers()["allow"]).toBe("POST");
  expect((await get.json()).error).toBe("Only POST is allowed here.");

  const future = await api.post("/api/reviews", {
    data: { reviews: [flashcard(questionId, { reviewedAt: new Date(Date.now() + 3600_000).toISOString() })] },
  });
  expect(future.status()).toBe(422);

  // Nothing above was written: the first card is still new.
  const queue = await (await api.get("/api/study/queue")).json();
  expect(queue.dueCount).toBe(0);
  expect(queue.items[0].question.id).toBe(questionId);
  expect(queue.items[0].kind).toBe("new");
});

test("a review is idempotent by id and can never touch another student's card", async ({ page, browser }) => {
  await signUp(page, newUser("student", "alice"));
  const questionId = await firstQuestionId(page.request);
  const review = flashcard(questionId);
  const first = await page.request.post("/api/reviews", { data: { reviews: [review] } });
  const again = await page.request.post("/api/reviews", { data: { reviews: [review] } });
  expect((await first.json()).results[0].status).toBe("recorded");
  expect((await again.json()).results[0].status).toBe("duplicate");

  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await signUp(bobPage, newUser("student", "bob"));
  // Bob replays Alice's review id, and names Alice's account in the body: refused, nothing changes.
  const replay = await bobPage.request.post("/api/reviews", { data: { reviews: [{ ...review, userId: "someone-else" }] } });
  expect(replay.status()).toBe(409);
  const bobQueue = await (await bobPage.request.get("/api/study/queue")).json();
  expect(bobQueue.items[0].kind).toBe("new");
  await bobContext.close();

  const signedOut = await browser.newContext();
  const nobody = await signedOut.request.post(`${test.info().project.use.baseURL}/api/reviews`, { data: { reviews: [review] } });
  expect(nobody.status()).toBe(401);
  await signedOut.close();
});
