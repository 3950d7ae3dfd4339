import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/** With SHOTS_DIR set, full-page screenshots of the page at desktop and phone (390×844) sizes; otherwise nothing. */
export async function shoot(page: Page, name: string, project: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(dir, `${project}-${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
