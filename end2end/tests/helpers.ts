import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), "../../locales");

/** The shipped languages: one folder each under locales/ (adding a folder adds it here). */
export const LANGUAGES: string[] = readdirSync(LOCALES)
  .filter((name) => statSync(join(LOCALES, name)).isDirectory())
  .sort();

export const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb"]);

/** Fluent wraps placeables in Unicode isolation marks; compare text without them. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u2068\u2069]/g, "");
}

/**
 * Runs axe with the WCAG 2.0, 2.1 and 2.2 A/AA rules; lists each violation and where.
 *
 * axe is itself JavaScript, so a page opened with JavaScript disabled cannot run it. For those
 * pages the same address is opened in a second context, with the same cookies, where the
 * browser runs scripts but every file of the app (its JavaScript and WebAssembly under /pkg/) is
 * refused: the document axe checks is exactly the server-rendered page a person without
 * JavaScript gets.
 */
export async function expectNoAxeViolations(page: Page, javaScriptEnabled = true) {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  let results;
  if (javaScriptEnabled) {
    results = await new AxeBuilder({ page }).withTags(tags).analyze();
  } else {
    const context = await page.context().browser()!.newContext({
      viewport: page.viewportSize() ?? undefined,
      javaScriptEnabled: true,
    });
    await context.addCookies(await page.context().cookies());
    await context.route(/\/pkg\/.*\.(js|wasm)(\?.*)?$/, (route) => route.abort());
    const copy = await context.newPage();
    await copy.goto(page.url());
    results = await new AxeBuilder({ page: copy }).withTags(tags).analyze();
    await context.close();
  }
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the WebAssembly app has taken over the page (JavaScript runs only). */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
}
