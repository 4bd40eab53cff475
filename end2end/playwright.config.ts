import { defineConfig } from "@playwright/test";

// `cargo xtask test` starts the server on a free port with a throw-away database and passes
// its address here. Debian's Chromium is used: Playwright never downloads a browser.
const baseURL = process.env.PONTE_BASE_URL ?? "http://127.0.0.1:3000";

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.PONTE_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

// A cheap phone: the first device Ponte is designed for.
const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A `test.only` left in a file would silently run one test and skip the rest.
  forbidOnly: true,
  reporter: [["list"]],
  use: { baseURL, ...chromium, ...phone, trace: "off" },
  projects: [
    // Languages outside the JavaScript sweep run without it only (tests/helpers.ts, WITH_JS).
    { name: "js", use: { javaScriptEnabled: true }, grepInvert: /@no-js-only/ },
    { name: "no-js", use: { javaScriptEnabled: false } },
  ],
});
