import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "../support/users";

/** Desktop widths: a laptop and a common external screen. (Phones: tests/e2e/phone/reflow.spec.ts.) */
const DESKTOPS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/**
 * Where the header's parts sit: the header's height and, for each visible part (brand, every
 * link, the name, the account controls), the vertical centre of its box. One row means every
 * centre is at the same height.
 */
async function measureHeader(page: Page): Promise<{ height: number; centres: { part: string; y: number }[] }> {
  const header = await page.locator(".site-header-row").boundingBox();
  const centres = await page
    .locator(".site-header-row")
    .locator(".brand, .main-nav a, .who, .account-link, .sign-out button, .account-menu summary")
    .evaluateAll((elements) =>
      elements.map((el) => {
        const box = el.getBoundingClientRect();
        return { part: (el.textContent ?? "").trim().slice(0, 20) || el.className, y: Math.round(box.top + box.height / 2) };
      }),
    );
  return { height: header?.height ?? 0, centres };
}

async function expectOneRow(page: Page, where: string): Promise<void> {
  const { height, centres } = await measureHeader(page);
  // brand, the nav links, name, Account, Sign out, ⋯
  expect(centres.length, `${where}: header parts found`).toBeGreaterThanOrEqual(8);
  const ys = centres.map((c) => c.y);
  expect(Math.max(...ys) - Math.min(...ys), `${where}: parts on different rows ${JSON.stringify(centres)}`).toBeLessThanOrEqual(4);
  expect(height, `${where}: header row height`).toBeLessThanOrEqual(60);
}

test(
  "at desktop widths the header is one row, for a student with a long name and for a teacher",
  { tag: "@desktop" },
  async ({ browser }) => {
    const student = { ...newUser("student"), name: "Bartholomew Alexander Montgomery-Featherstonehaugh" };
    const teacher = newUser("teacher");
    for (const [user, path] of [
      [student, "/study"],
      [teacher, "/timeline"], // a page of ordinary width: the wide ones were already 72rem
    ] as const) {
      const context = await browser.newContext({ viewport: DESKTOPS[0] });
      const page = await context.newPage();
      await signUp(page, user);
      await page.goto(path);
      for (const viewport of DESKTOPS) {
        await page.setViewportSize(viewport);
        await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
        await expectOneRow(page, `${user.role} on ${path} at ${viewport.width} px`);
      }
      // A long name is cut short, not wrapped, and stays whole for assistive technology.
      if (user === student) await expect(page.locator(".who-name")).toHaveText(student.name);
      await context.close();
    }
  },
);
