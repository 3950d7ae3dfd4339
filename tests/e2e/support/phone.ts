import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";

/** The phone sizes the study pages are checked at: small and common portrait, and landscape. */
export const PHONES = {
  small: { width: 360, height: 640 },
  common: { width: 390, height: 844 },
  landscape: { width: 844, height: 390 },
} as const;

/**
 * 200 % text, the way a phone's or browser's text-size setting does it: the default font size
 * doubles (Chromium's own setting, through the DevTools protocol), so rem, em and the media
 * queries written in rem all follow, as they would for a reader who needs large text.
 */
export async function useLargeText(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
}

/** No sideways scrolling; on failure, names the elements that stick out. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (right ${Math.round(el.getBoundingClientRect().right)} of ${width})`)
      .slice(0, 8);
  });
  expect(outside, `horizontal scroll on ${where}`).toEqual([]);
}

/**
 * Every visible control in the page body: none cut off at the sides, none smaller than 24×24 CSS
 * px (WCAG 2.5.8), none whose text overflows its box. Links inside running text are exempt (2.5.8).
 */
export async function expectControlsWhole(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      "header button, header a, main button, main a.button, main select, main input, main summary",
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (el.offsetParent === null || r.width === 0) continue;
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`cut off at the side: ${name} (${Math.round(r.left)}–${Math.round(r.right)})`);
      if (r.width < 24 || r.height < 24) out.push(`smaller than 24×24: ${name} (${Math.round(r.width)}×${Math.round(r.height)})`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
        out.push(`text clipped: ${name} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
  expect(problems, `controls on ${where}`).toEqual([]);
}

/** axe with the WCAG 2.0–2.2 A and AA rules (colour contrast included), on whatever theme the page shows. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")} ${v.nodes[0]?.failureSummary ?? ""}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The question type on screen ("Multiple choice", "Put in order", …). */
export async function questionType(page: Page): Promise<string> {
  return ((await page.locator(".question-card .question-type").textContent()) ?? "").trim();
}
