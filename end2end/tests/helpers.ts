import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { ANSWERS } from "../journey.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), "../../locales");

/** The shipped languages: one folder each under locales/ (adding a folder adds it here). */
export const LANGUAGES: string[] = readdirSync(LOCALES)
  .filter((name) => statSync(join(LOCALES, name)).isDirectory())
  .sort();

export const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb"]);

/**
 * Where the browser tests run with JavaScript too: Italian (the source), English, and the two
 * right-to-left languages. Every other language runs its pages with JavaScript off only (the
 * server renders the same HTML either way; the island's behaviour does not depend on the
 * language). Tests for those carry NO_JS_ONLY in their title, which the `js` project skips
 * (playwright.config.ts), so they are not generated there rather than reported as skipped.
 */
export const WITH_JS = new Set(["it", "en", "ar", "ur"]);
export const NO_JS_ONLY = "@no-js-only";
export const sweepTag = (lang: string) => (WITH_JS.has(lang) ? "" : ` ${NO_JS_ONLY}`);

/**
 * The pseudo-locale (served because `cargo xtask test` sets PONTE_PSEUDO_LOCALE): the Italian
 * accented, 40 % longer and forced right to left; every run of its text starts with PSEUDO_MARK.
 */
export const PSEUDO = "ar-XB";
export const PSEUDO_MARK = "\u202E";

/** Every page a person can open without signing in or booking, and the status it answers. */
export const PAGES = [
  { name: "home", path: "", status: 200 },
  { name: "start, chosen", path: "/start?who=other&area=elderly", status: 200 },
  { name: "start, safety", path: "/start?who=me&area=safety", status: 200 },
  { name: "start, missing answers", path: "/start", status: 200 },
  { name: "accessibility statement", path: "/accessibility", status: 200 },
  { name: "privacy notice", path: "/privacy", status: 200 },
  { name: "privacy notice for staff", path: "/staff/privacy", status: 200 },
  { name: "not found", path: "/no-such-page", status: 404 },
  { name: "desks for a service", path: "/desks/home-care", status: 200 },
  { name: "desks, nearest to a town, filtered", path: "/desks/permit-renewal?municipality=016091&language=ar&day=tue", status: 200 },
  { name: "desks, unknown postcode", path: "/desks/home-care?postcode=99999", status: 200 },
  { name: "anti-violence centre, address kept secret", neutralTitle: true, path: "/desks/safe-house?municipality=016246", status: 200 },
  { name: "booking times", path: "/book/pua-dalmine/day-centre", status: 200 },
  { name: "booking times, later days", path: "/book/caf-acli-dalmine/isee-help?from=2026-12-14", status: 200 },
  { name: "request without an appointment", path: "/request/pua-dalmine/day-centre", status: 200 },
  { name: "find a booking", path: "/manage", status: 200 },
  { name: "someone else's booking", path: "/booking/ACDEFGHJ", status: 404 },
  { name: "unknown service", path: "/desks/no-such-service", status: 404 },
  { name: "staff sign-in", path: "/staff", status: 200 },
  { name: "a dossier, not signed in", path: "/staff/dossier/1", status: 404 },
];

/** Languages a native speaker has reviewed (`status` in locales/<lang>/translation.toml). */
export const REVIEWED = new Set(
  LANGUAGES.filter((lang) =>
    /^status\s*=\s*"(source|reviewed)"/m.test(readFileSync(join(LOCALES, lang, "translation.toml"), "utf8")),
  ),
);

/** Opens the language switch (a disclosure button in the header). */
export async function openLanguageSwitch(page: Page) {
  const details = page.locator("details.lang-switch");
  if ((await details.getAttribute("open")) === null) await page.locator(".lang-switch summary").click();
}

/** Fluent wraps placeables in Unicode isolation marks; compare text without them. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u2068\u2069]/g, "");
}

/**
 * Runs axe with the WCAG 2.0, 2.1 and 2.2 A/AA rules; lists each violation and where.
 *
 * axe is itself JavaScript, so a page opened with JavaScript disabled cannot run it. For those
 * pages the same address is opened in a second context, with the same cookies, where the
 * browser runs scripts but every script file and the WebAssembly are refused: the document axe
 * checks is the server-rendered page a person without JavaScript gets. (Inline scripts would
 * still run there; the pages have none that change what is shown.)
 */
export async function expectNoAxeViolations(page: Page, javaScriptEnabled = true) {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  let results;
  if (javaScriptEnabled) {
    // Judge the page as a person sees it: with its stylesheet applied (after a full page load
    // the checks above can pass before the CSS has arrived).
    await page.waitForLoadState("load");
    results = await new AxeBuilder({ page }).withTags(tags).analyze();
  } else {
    const context = await page.context().browser()!.newContext({
      viewport: page.viewportSize() ?? undefined,
      javaScriptEnabled: true,
    });
    await context.addCookies(await page.context().cookies());
    // Every script file (the app's, enhance.js, geolocate.js) and the WebAssembly are refused.
    await context.route("**/*", (route) => {
      const request = route.request();
      const refused = request.resourceType() === "script" || /\.wasm(\?.*)?$/.test(request.url());
      return refused ? route.abort() : route.continue();
    });
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

/** Chooses who and the area on the home page and starts the questions (the first question's
 * page, the first with an island, is loaded). */
export async function startJourney(page: Page, lang: string, area: string, who = "me") {
  await page.goto(`/${lang}`);
  await page.locator(`label[for="who-${who}"]`).click();
  await page.locator(`label[for="area-${area}"]`).click();
  await page.locator("form.start-form button[type=submit]").click();
  await page.waitForURL(new RegExp(`/${lang}/questions/${area}/`));
}

/** Waits until the question island has hydrated (JavaScript runs only; the other pages are
 * plain HTML and load no WebAssembly). */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
}

/** Dalmine's ISTAT code: a municipality of the demo network, with its own Sportello Sociale. */
export const DALMINE = "016091";

/** Answers the question on screen and waits for the page that follows: a number is typed, a
 * municipality chosen from the list, choices clicked. */
export async function answerQuestion(page: Page, value: string | string[]) {
  const number = page.locator("input#value");
  const list = page.locator("select#value");
  if (await number.count()) {
    await number.fill(value as string);
  } else if (await list.count()) {
    await list.selectOption(value as string);
  } else {
    for (const v of Array.isArray(value) ? value : [value]) await page.locator(`label[for="value-${v}"]`).click();
  }
  const before = page.url();
  await page.locator("form.question-form button[type=submit]").click();
  await page.waitForURL((url) => url.toString() !== before);
}

/** Answers of the elderly path that make "meals at home" fit (shared with the measurements). */
const ELDERLY: Record<string, string | string[]> = ANSWERS;

/** Answers the elderly questions as above, from the home page to the results. */
export async function toResults(page: Page, lang: string, javaScriptEnabled: boolean) {
  await startJourney(page, lang, "elderly");
  if (javaScriptEnabled) await waitForHydration(page);
  for (let step = 0; step < 20; step++) {
    const match = new URL(page.url()).pathname.match(/\/questions\/elderly\/([^/]+)$/);
    if (!match) {
      await page.waitForURL(/\/(questions|check)\/elderly/);
      if (!/\/questions\//.test(page.url())) break;
      continue;
    }
    await answerQuestion(page, ELDERLY[match[1]]);
  }
  await expect(page).toHaveURL(new RegExp(`/${lang}/check/elderly$`));
  await page.locator("a.button").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/results/elderly$`));
}

/**
 * The characters of the elements matching `selector` that the browser can draw only as a
 * "tofu" box, each in the element's own font stack: a glyph no installed font has.
 * Each character is drawn on a canvas and compared with the drawing of a private-use character
 * no font has (U+10FFFD).
 */
export async function missingGlyphs(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const canvas = document.createElement("canvas");
    canvas.width = 48;
    canvas.height = 48;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const draw = (family: string, ch: string) => {
      ctx.clearRect(0, 0, 48, 48);
      ctx.font = `32px ${family}`;
      ctx.fillText(ch, 4, 36);
      return ctx.getImageData(0, 0, 48, 48).data.join(",");
    };
    const missing = new Set<string>();
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const family = getComputedStyle(el).fontFamily;
      const tofu = draw(family, "\u{10FFFD}");
      const chars = new Set(Array.from((el as HTMLElement).innerText ?? ""));
      for (const ch of chars) {
        if (/[\s\u200c-\u200f\u2066-\u2069]/u.test(ch) || ch.charCodeAt(0) < 0x80) continue;
        if (draw(family, ch) === tofu) missing.add(ch);
      }
    }
    return [...missing];
  }, selector);
}
