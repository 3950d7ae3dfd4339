import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against a production build (`next start`) on a fresh in-memory database.
 * This machine cannot download Playwright's browsers, so Debian's Chromium is used when present
 * (CHROMIUM_PATH or /usr/bin/chromium); elsewhere Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3217);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const systemChromium = fs.existsSync(chromiumPath) ? chromiumPath : undefined;

const launchOptions = {
  executablePath: systemChromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Budgets a busy 2-core machine cannot exceed (the slowest test takes ~45 s quiet and was
  // failing at the old 45 s limit under load); a passing test never waits for them.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
    // The app's service worker is tested where it matters (tests/e2e/phone); elsewhere it would only
    // add its precache downloads to every new browser context, and page.route() cannot see requests
    // a worker handles.
    serviceWorkers: "block",
  },
  projects: [
    // Signs in once per role and saves the sessions (tests/e2e/support/stored-sessions.ts).
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    // Tests tagged @phone run at the phone sizes only (a lighter dashboard check); tests/e2e/phone
    // runs here once, because its tests set their own phone sizes, themes and text size.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
      grepInvert: /@phone/,
      dependencies: ["setup"],
    },
    // Tests tagged @desktop run once, at desktop size: keyboard-only journeys, and the long
    // dashboard journey (its students already use a phone; phones get a lighter dashboard check).
    { name: "pixel-7", use: { ...devices["Pixel 7"] }, grepInvert: /@desktop/, testIgnore: "**/phone/**", dependencies: ["setup"] },
    {
      name: "iphone-13",
      use: { ...devices["iPhone 13"], browserName: "chromium" },
      grepInvert: /@desktop/,
      testIgnore: "**/phone/**",
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // next's own server (not npx): stopping it stops everything.
    command: `node_modules/.bin/next start -p ${PORT}`,
    cwd: ".",
    url: `http://127.0.0.1:${PORT}/sign-in`,
    // First start migrates and seeds an in-memory database: seconds quiet, far longer under load.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PGLITE_DIR: "memory://",
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      SEED_DEMO: "true",
      NEXT_DIST_DIR: ".next-e2e",
    },
  },
});
