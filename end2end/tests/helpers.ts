import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The shipped languages: one folder each under locales/ (adding a folder adds it here). */
export const LANGUAGES: string[] = readdirSync(join(__dirname, "../../locales"))
  .filter((name) => statSync(join(__dirname, "../../locales", name)).isDirectory())
  .sort();

export const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb"]);

/** Fluent wraps placeables in Unicode isolation marks; compare text without them. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u2068\u2069]/g, "");
}

/** Runs axe with the WCAG 2.0, 2.1 and 2.2 A/AA rules; lists each violation and where. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the WebAssembly app has taken over the page (JavaScript runs only). */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
}
