import { chromium, devices } from "@playwright/test";
const base = "http://127.0.0.1:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function run(name, ctxOpts) {
  const ctx = await browser.newContext(ctxOpts);
  const page = await ctx.newPage();
  await page.goto(base + "/sign-up");
  await page.screenshot({ path: `/tmp/shots/${name}-signup.png`, fullPage: true });
  await page.goto(base + "/sign-in");
  await page.getByLabel("Email").fill("sophea@demo.kizuna");
  await page.getByLabel("Password").fill("kizuna-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/study/);
  await page.screenshot({ path: `/tmp/shots/${name}-home.png`, fullPage: true });
  await page.goto(base + "/study/practice?mode=quiz");
  for (let i = 0; i < 6; i++) {
    await page.locator(".question-card").waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-quiz-${i}.png`, fullPage: true });
    const type = (await page.locator(".question-type").textContent()).trim();
    if (type === "Multiple choice") await page.locator(".choice").first().click();
    else if (type === "True or false") await page.getByRole("button", { name: "True" }).click();
    else if (type === "Put in order") await page.getByRole("button", { name: "Check order" }).click();
    else if (type === "Match the pairs") { const s = page.locator("select"); for (let k = 0; k < await s.count(); k++) await s.nth(k).selectOption({ index: k + 1 }); await page.getByRole("button", { name: "Check matches" }).click(); }
    else { await page.getByRole("textbox").fill("Hun Sen"); await page.getByRole("button", { name: "Check" }).click(); }
    await page.getByLabel("Answer feedback").waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-quiz-${i}-fb.png`, fullPage: true });
    await page.getByRole("button", { name: /Next question|See summary/ }).click();
  }
  await page.goto(base + "/study/practice?mode=flashcard");
  await page.screenshot({ path: `/tmp/shots/${name}-flash-front.png`, fullPage: true });
  await page.locator(".flashcard-face").click();
  await page.screenshot({ path: `/tmp/shots/${name}-flash-back.png`, fullPage: true });
  await page.goto(base + "/study/progress");
  await page.screenshot({ path: `/tmp/shots/${name}-progress.png`, fullPage: true });
  await page.goto(base + "/timeline");
  await page.screenshot({ path: `/tmp/shots/${name}-timeline.png` });
  await ctx.close();
  const t = await browser.newContext(ctxOpts);
  const tp = await t.newPage();
  await tp.goto(base + "/sign-in");
  await tp.getByLabel("Email").fill("teacher@demo.kizuna");
  await tp.getByLabel("Password").fill("kizuna-demo");
  await tp.getByRole("button", { name: "Sign in" }).click();
  await tp.waitForURL(/teach/);
  await tp.goto(base + "/teach/questions");
  await tp.screenshot({ path: `/tmp/shots/${name}-bank.png` });
  await t.close();
}
await run("phone", { ...devices["Pixel 7"] });
await run("desk", { viewport: { width: 1280, height: 800 } });
await browser.close();
