import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "../support/users";

/**
 * Desktop widths: just wider than the folded header's widest, a laptop and a common external
 * screen. (Phones: tests/e2e/phone/reflow.spec.ts.)
 */
const DESKTOPS = [
  { width: 1200, height: 800 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/**
 * Tablet widths, portrait to landscape, and a small laptop window: too narrow for a teacher's one
 * row, so the header folds as on a phone.
 */
const TABLETS = [
  { width: 768, height: 1024 },
  { width: 900, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1100, height: 800 },
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

test("at desktop widths the header is one row, for a student and a teacher with long names", { tag: "@desktop" }, async ({ browser }) => {
  const student = { ...newUser("student"), name: "Bartholomew Alexander Montgomery-Featherstonehaugh" };
  // A teacher has five links: with a long name too, the row took two lines from 1280 px up.
  const teacher = { ...newUser("teacher"), name: "Professor Bartholomew Alexander Montgomery-Fitzwilliam" };
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
    await expect(page.locator(".who-name")).toHaveText(user.name);
    await context.close();
  }
});

test(
  "at tablet widths (and a small window) the header folds behind Menu on one compact row, and Menu opens every link",
  { tag: "@desktop" },
  async ({ browser }) => {
    const student = { ...newUser("student"), name: "Bartholomew Alexander Montgomery-Featherstonehaugh" };
    const teacher = newUser("teacher");
    for (const [user, path, links] of [
      [student, "/study", ["Study", "Timeline", "Progress", "Settings"]],
      [teacher, "/timeline", ["Home", "Questions", "Collections", "Flagged", "Timeline"]],
    ] as const) {
      const context = await browser.newContext({ viewport: TABLETS[0] });
      const page = await context.newPage();
      await signUp(page, user);
      await page.goto(path);
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const viewport of TABLETS) {
        await page.setViewportSize(viewport);
        const where = `${user.role} at ${viewport.width} px`;
        const menu = page.getByRole("button", { name: "Menu" });
        await expect(menu, where).toBeVisible();
        await expect(nav, where).toBeHidden();
        // Folded: the brand and the Menu button share one row, no taller than a phone's.
        const [brand, button] = await Promise.all([page.locator(".site-header .brand").boundingBox(), menu.boundingBox()]);
        const centre = (box: typeof brand) => (box ? box.y + box.height / 2 : NaN);
        expect(Math.abs(centre(brand) - centre(button)), `${where}: brand and Menu on different rows`).toBeLessThanOrEqual(4);
        expect((await page.locator(".site-header-row").boundingBox())?.height, `${where}: header row height`).toBeLessThanOrEqual(56);
        // Opened, every link and the account controls are there; Escape (from a link) folds it again.
        await menu.click();
        for (const link of links) await expect(nav.getByRole("link", { name: link, exact: true }), where).toBeVisible();
        await expect(page.getByRole("button", { name: "Sign out", exact: true }), where).toBeVisible();
        await nav.getByRole("link", { name: links[0], exact: true }).focus();
        await page.keyboard.press("Escape");
        await expect(nav, where).toBeHidden();
        await expect(menu, where).toBeFocused();
      }
      await context.close();
    }
  },
);
