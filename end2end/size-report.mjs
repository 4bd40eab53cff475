// What does a first visit to the home page download? Loads it in Chromium, lists every
// response, and reports each one's size raw, gzip -9 and brotli (best), plus what the server
// actually sends when the browser accepts brotli. Fails when an asset is served uncompressed.
// The size target (issue #2: 350 KB brotli for the whole app) is measured and reported, with a
// warning when it is passed, as the team does for every speed and size target.
import { chromium } from "@playwright/test";
import http from "node:http";
import zlib from "node:zlib";

const base = process.env.PONTE_BASE_URL ?? "http://127.0.0.1:3000";
const BUDGET_BROTLI = 350 * 1000;

function get(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const browser = await chromium.launch({
  executablePath: process.env.PONTE_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
const urls = new Set();
page.on("response", (r) => {
  if (r.status() === 200 && r.url().startsWith(base)) urls.add(r.url());
});
await page.goto(`${base}/it`);
await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 20000 });
await browser.close();

const rows = [];
const problems = [];
for (const url of urls) {
  const raw = await get(url, "identity");
  const sent = await get(url, "br");
  const gzip = zlib.gzipSync(raw.body, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(raw.body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.body.length },
  }).length;
  const encoding = sent.headers["content-encoding"] ?? "none";
  if (raw.body.length > 1024 && encoding !== "br") problems.push(`${url} is served with content-encoding ${encoding}`);
  rows.push({ path: new URL(url).pathname, raw: raw.body.length, gzip, brotli, sent: sent.body.length, encoding });
}
rows.sort((a, b) => b.brotli - a.brotli);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log("\nFirst visit to the home page (/it), sizes in KB (1 KB = 1000 bytes)");
console.log(`${"file".padEnd(34)}${"raw".padStart(8)}${"gzip -9".padStart(9)}${"brotli".padStart(9)}${"served".padStart(9)}  encoding`);
for (const r of rows) {
  console.log(`${r.path.padEnd(34)}${kb(r.raw)}${kb(r.gzip).padStart(9)}${kb(r.brotli).padStart(9)}${kb(r.sent).padStart(9)}  ${r.encoding}`);
}
const total = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${"total".padEnd(34)}${kb(total("raw"))}${kb(total("gzip")).padStart(9)}${kb(total("brotli")).padStart(9)}${kb(total("sent")).padStart(9)}`);
console.log(`budget: ${BUDGET_BROTLI / 1000} KB brotli; used ${(100 * total("brotli") / BUDGET_BROTLI).toFixed(0)} %\n`);

if (total("brotli") > BUDGET_BROTLI) {
  console.log(`WARNING: OVER THE SIZE TARGET: ${total("brotli")} B brotli, target ${BUDGET_BROTLI} B\n`);
}
if (problems.length) {
  console.error("size report problems:\n" + problems.join("\n"));
  process.exit(1);
}
