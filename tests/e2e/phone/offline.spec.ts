import { expect, test, type Page } from "@playwright/test";
import type { OfflinePack } from "@/lib/study/offline-queue";
import { answerKnown } from "../support/answer-known";
import { plannedCards, progressText } from "../support/quiz";
import { newUser, signOut, signUp } from "../support/users";

// The service worker is what this file tests (the other specs block it).
test.use({ serviceWorkers: "allow", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Signed up, on the study home, with the offline pack, the saved pages and the service worker in place. */
async function readyOffline(page: Page): Promise<void> {
  await signUp(page, newUser("student"));
  await expect(page.getByText(/Saved for offline study: \d+ cards/)).toBeVisible({ timeout: 60_000 });
}

test("with the network off from the start, a student opens the app, finishes a 20-question session, and exactly 20 reviews arrive once back online", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await readyOffline(page);
  // The faces the device will ask (from the same pack), so every answer can be given right:
  // a missed card would come back, and this session is exactly its twenty cards.
  const pack = (await (await page.request.get("/api/study/offline-pack")).json()) as OfflinePack;
  const faces = new Map(pack.cards.flatMap((c) => (c.faces.quiz ? [[c.faces.quiz.id, c.faces.quiz] as const] : [])));
  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("0");

  await context.setOffline(true);
  // Open the app with no network: the service worker serves the student's saved study home.
  await page.goto("/study");
  await expect(page.getByText("You are offline.")).toBeVisible();
  const today = page.getByText(/0 to review · \d+ new, in your next session/);
  await expect(today).toBeVisible();
  const promised = Number(/(\d+) new/.exec((await today.textContent()) ?? "")?.[1]);
  await page.getByRole("link", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/study\/practice\?mode=quiz$/);

  expect(await plannedCards(page)).toBe(promised);
  for (let i = 0; i < promised; i++) {
    await expect.poll(() => progressText(page)).toBe(`${i} of ${promised}`);
    const face = (await page.locator(".study").getAttribute("data-question-id")) ?? "";
    const question = faces.get(face);
    if (!question) throw new Error(`face ${face} is not in the device's pack`);
    await answerKnown(page, question, true);
    await page.getByRole("button", { name: i + 1 < promised ? "Next question" : "See summary" }).click();
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.locator(".offline-banner")).toHaveText(new RegExp(`${promised} answers wait to be sent`));

  await context.setOffline(false);
  await expect(page.locator(".sync")).toHaveText("All answers saved", { timeout: 30_000 });
  await expect(page.locator(".offline-banner")).toHaveCount(0);
  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText(String(promised));
});

test("sign-out deletes the student's saved pages and cards from the device", async ({ page, context }) => {
  test.setTimeout(120_000);
  await readyOffline(page);
  const stored = () =>
    page.evaluate(async () => {
      const pageCaches = (await caches.keys()).filter((name) => name.startsWith("kizuna-pages-"));
      const keys = await new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("kizuna-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("kv").objectStore("kv").getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      });
      return { pageCaches, keys: keys.filter((key) => key !== "probe").sort() };
    });
  const before = await stored();
  expect(before.pageCaches).toHaveLength(1);
  // What the device caches: static files, and this student's three study pages; never an API
  // response or a teacher page.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname + new URL(request.url).search);
    }
    return urls;
  });
  expect(cached.filter((url) => url.startsWith("/api/") || url.startsWith("/teach"))).toEqual([]);
  expect(cached.filter((url) => url.startsWith("/study")).sort()).toEqual([
    "/study",
    "/study/practice?mode=flashcard",
    "/study/practice?mode=quiz",
  ]);
  expect(before.keys).toEqual(expect.arrayContaining(["current-user", expect.stringMatching(/^pack:/)]));

  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);
  const after = await stored();
  expect(after.pageCaches).toEqual([]);
  expect(after.keys.filter((key) => key === "current-user" || key.startsWith("pack:") || key.startsWith("answered:"))).toEqual([]);

  // Offline, the app now opens on the static offline page: nothing of the signed-out student.
  await context.setOffline(true);
  await page.goto("/study");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
});

test("installable: a manifest with icons and no orientation lock, a service worker, no installability errors, and the start page opens offline", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await readyOffline(page);
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await page.request.get(manifestUrl ?? "/manifest.webmanifest")).json()) as {
    start_url: string;
    display: string;
    orientation?: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: "/study", display: "standalone" });
  expect(manifest.orientation).toBeUndefined();
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where Chromium never offers to install; any other error
  // (manifest, icons, start URL, service worker) would show here.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);

  await context.setOffline(true);
  const response = await page.goto(manifest.start_url);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
});
