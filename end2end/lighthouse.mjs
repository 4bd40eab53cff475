// Lighthouse, mobile (its defaults: a Moto G Power class phone, simulated slow 4G), JavaScript on,
// on the home page, a question, the results and the desk list of the server at PONTE_BASE_URL.
// The question and results pages need a journey: it is made first in the same browser, and its
// session cookie is sent with those two. Prints performance and accessibility per page; the
// targets (issue 13: performance 95, accessibility 100) are reported, not asserted.
// Lighthouse is not a dependency of the tests: `cargo xtask bench pages` installs it and passes
// its entry point in PONTE_LIGHTHOUSE.
import { chromium } from "@playwright/test";
import { journey } from "./journey.mjs";

const base = process.env.PONTE_BASE_URL ?? "http://127.0.0.1:3000";
const { default: lighthouse } = await import(process.env.PONTE_LIGHTHOUSE ?? "lighthouse");
const PORT = 9333;

const browser = await chromium.launch({
  executablePath: process.env.PONTE_CHROMIUM ?? "/usr/bin/chromium",
  args: [`--remote-debugging-port=${PORT}`, "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext();
const page = await context.newPage();
await journey(page, base);
const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await page.close();

const PAGES = [
  ["home page", "/it", false],
  ["a question", "/it/questions/elderly/daily-help", true],
  ["results", "/it/results/elderly", true],
  ["desk list", "/it/desks/home-care?municipality=016091", false],
];
const rows = [];
for (const [name, path, withSession] of PAGES) {
  const result = await lighthouse(`${base}${path}`, {
    port: PORT,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // The session (the journey's answers) for the pages that show them; cache and storage are
    // cleared before each run as usual, so every page is a first visit.
    extraHeaders: withSession ? { Cookie: cookie } : undefined,
  });
  const { categories, audits } = result.lhr;
  const score = (c) => Math.round(categories[c].score * 100);
  rows.push({
    name,
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcp: audits["largest-contentful-paint"].displayValue,
    bytes: Math.round(audits["total-byte-weight"].numericValue / 1000),
  });
}
await browser.close();

console.log("\nLighthouse, mobile (simulated slow 4G), JavaScript on");
console.log("| page | performance | accessibility | largest paint | transferred |\n|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r.lcp} | ${r.bytes} KB |`);
}
for (const r of rows) {
  if (r.performance < 95 || r.accessibility < 100) {
    console.log(`WARNING: ${r.name} is below the target (performance 95, accessibility 100)`);
  }
}
