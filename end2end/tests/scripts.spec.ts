// Every script Ponte ships is drawn with fonts the device already has (Debian's Noto fonts here,
// as on Android): no tofu boxes on the home page, a question and the results, and in the
// language switch, where every language is named in its own script. A screenshot of each page
// in each script is kept in target/screenshots/ for a person to look at.
import { test, expect, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES, NO_JS_ONLY, RTL, missingGlyphs, openLanguageSwitch, startJourney, toResults } from "./helpers";

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), "../../target/screenshots");

/** One language per script (and both right-to-left ones: Naskh and Nastaliq differ). */
const SCRIPTS: [string, string][] = [
  ["it", "Latin"],
  ["ar", "Arabic, Naskh"],
  ["ur", "Arabic, Nastaliq"],
  ["zh", "Han, simplified"],
  ["ru", "Cyrillic"],
  ["bn", "Bengali"],
  ["pa", "Gurmukhi"],
];

async function shoot(page: Page, lang: string, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: true });
  expect(await missingGlyphs(page, "main, main *"), `${lang} ${name}: characters without a font`).toEqual([]);
}

for (const [lang, script] of SCRIPTS.filter(([l]) => LANGUAGES.includes(l))) {
  test(`${lang} (${script}): home, a question and the results are drawn without tofu ${NO_JS_ONLY}`, async ({ page }) => {
    test.slow();
    await page.goto(`/${lang}`);
    await expect(page.locator("html")).toHaveAttribute("dir", RTL.has(lang) ? "rtl" : "ltr");
    await shoot(page, lang, "home");
    await openLanguageSwitch(page);
    expect(await missingGlyphs(page, ".lang-switch a"), "language names without a font").toEqual([]);
    await startJourney(page, lang, "elderly");
    await shoot(page, lang, "question");
    await toResults(page, lang, false);
    await shoot(page, lang, "results");
  });
}
