/**
 * `npm run bench:frontend` — Lighthouse (mobile: its default emulated phone and simulated slow 4G)
 * on /sign-in signed out and on /study and /study/practice signed in as a demo student, against
 * the production build (built into .next first when the code changed) on a throwaway in-memory
 * database. Prints each page's median performance and accessibility scores over LH_RUNS runs
 * (default 3) with the metrics behind them and the JavaScript each page transferred. Prints
 * figures; asserts nothing. Needs a Chromium: CHROME_PATH, or /usr/bin/chromium.
 * LH_REPORT_DIR=<folder> also writes each run's full Lighthouse JSON there (the audits behind a
 * score: bootup-time, mainthread-work-breakdown, unused-javascript, …).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { DEMO_PASSWORD } from "../db/seed/demo-users";
import { choosePort } from "../tests/support/next-server";
import { signIn, startBenchServer } from "./lib/bench-server";
import { buildApp } from "./lib/build-app";
import { buildIsStale } from "./lib/build-state";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3) || 3);
const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const reportDir = process.env.LH_REPORT_DIR;

interface Run {
  performance: number;
  accessibility: number;
  tbt: number;
  lcp: number;
  fcp: number;
  cls: number;
  scriptKb: number;
  failed: string[];
  finalUrl: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function audit(url: string, port: number, reportName: string): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // A busy shared machine can take longer than Lighthouse's defaults to paint at all.
    maxWaitForFcp: 90_000,
    maxWaitForLoad: 120_000,
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (reportDir) {
    fs.mkdirSync(reportDir, { recursive: true });
    fs.writeFileSync(path.join(reportDir, `${reportName}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
  const summary = lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
  const a11y = lhr.categories.accessibility;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((a11y?.score ?? 0) * 100),
    tbt: numeric("total-blocking-time"),
    lcp: numeric("largest-contentful-paint"),
    fcp: numeric("first-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    scriptKb: (summary?.items?.find((i) => i.resourceType === "script")?.transferSize ?? 0) / 1024,
    finalUrl: lhr.finalDisplayedUrl,
    failed: (a11y?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
  };
}

/**
 * One audit, tried again (up to 3 times) when Lighthouse itself fails to record the page (an
 * interstitial, NO_NAVSTART): on a busy shared machine that happens now and then, and says
 * nothing about the page.
 */
async function auditWithRetry(url: string, port: number, reportName: string): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, port, reportName);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.startsWith("lighthouse:")) throw error;
      console.log(`  (${url}: ${error.message}; trying again)`);
    }
  }
}

async function main() {
  if (!fs.existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (set CHROME_PATH)`);
  console.log(
    `kizuna frontend bench — ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  if (buildIsStale(root, distDir)) {
    console.log(`building the app into ${distDir} (the code changed)…`);
    if (!buildApp(root, { ...process.env, NEXT_DIST_DIR: distDir, KIZUNA_BUILD_FOR_START: "1" })) throw new Error("the build failed");
  }
  const server = await startBenchServer({ port: await choosePort(process.env.BENCH_PORT), distDir, pgliteDir: "memory://" });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const measure = async (page: string) => {
    await fetch(`${server.base}${page}`).then((r) => r.text()); // warm the server's caches for the page
    const results: Run[] = [];
    for (let i = 0; i < runs; i++)
      results.push(await auditWithRetry(`${server.base}${page}`, chrome.port, `${page.slice(1).replaceAll("/", "-")}-${i + 1}`));
    const m = (pick: (r: Run) => number) => median(results.map(pick));
    const failed = [...new Set(results.flatMap((r) => r.failed))];
    const landed = [...new Set(results.map((r) => new URL(r.finalUrl).pathname))].filter((p) => p !== page);
    console.log(
      `${page.padEnd(16)} performance ${m((r) => r.performance)} (${results.map((r) => r.performance).join(", ")})` +
        `  accessibility ${m((r) => r.accessibility)}${failed.length ? ` [${failed.join(", ")}]` : ""}` +
        `  TBT ${m((r) => r.tbt).toFixed(0)} ms  LCP ${m((r) => r.lcp).toFixed(0)} ms  FCP ${m((r) => r.fcp).toFixed(0)} ms` +
        `  CLS ${m((r) => r.cls).toFixed(3)}  JS ${m((r) => r.scriptKb).toFixed(1)} KB transferred` +
        (landed.length > 0 ? `  (ended on ${landed.join(", ")})` : ""),
    );
  };
  try {
    console.log(`\nLighthouse ${runs} run(s) per page, mobile; median (all runs)`);
    await measure("/sign-in"); // signed out
    // Signed in: the session goes into the browser's cookie jar, which Lighthouse's storage reset
    // leaves alone (a Cookie header through its extraHeaders did not reach the app's session check).
    const cookie = await signIn(server.base, "sophea@demo.kizuna", DEMO_PASSWORD);
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const tab = await browser.newPage();
    await tab.setCookie(
      ...cookie
        .split("; ")
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: server.base })),
    );
    await tab.close();
    await browser.disconnect();
    await measure("/study");
    await measure("/study/practice");
  } finally {
    chrome.kill();
    await server.stop();
  }
}

await main();
