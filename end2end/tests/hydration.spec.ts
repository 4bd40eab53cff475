// With JavaScript: the question island hydrates without errors, moves from one question to the
// next without loading a page (Back and Forward too), and each new question is announced,
// focused and named in the tab, with language links that keep the question.
import { test, expect, Page } from "@playwright/test";
import { LANGUAGES, REVIEWED, WITH_JS, answerQuestion, plain, startJourney, waitForHydration } from "./helpers";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "needs JavaScript");

/** Records console errors and page errors. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Expects the question `id` of the elderly area on screen, focused and announced, and no page
 * load since the mark was set. */
async function expectShownInPlace(page: Page, lang: string, id: string) {
  await expect(page).toHaveURL(new RegExp(`/${lang}/questions/elderly/${id}$`));
  const heading = page.locator("main h1");
  await expect(heading).toBeFocused();
  await expect(page.locator("#route-announcer")).toHaveText(plain(await heading.textContent()).trim(), {
    useInnerText: false,
  });
  expect(plain(await page.title())).toContain(plain(await heading.textContent()).trim().slice(0, 10));
  expect(await page.evaluate(() => (window as any).__sameDocument), "no full page load").toBe(true);
}

test("the browser downloads only the messages of the page language, on question pages only", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await startJourney(page, "ar", "elderly");
  await waitForHydration(page);
  const messages = requested.filter((p) => p.startsWith("/i18n/"));
  expect(messages).toEqual(["/i18n/ar.ftl"]);
  expect(requested.filter((p) => p.endsWith(".wasm")), "the WebAssembly, once").toHaveLength(1);
});

for (const lang of LANGUAGES.filter((l) => WITH_JS.has(l))) {
  test(`${lang}: the next question appears in place, announced and focused; Back and Forward follow`, async ({ page }) => {
    const errors = errorsOf(page);
    await startJourney(page, lang, "elderly", "other");
    await expect(page).toHaveURL(new RegExp(`/${lang}/questions/elderly/age$`));
    await waitForHydration(page);
    await page.evaluate(() => ((window as any).__sameDocument = true));

    const firstTitle = await page.title();
    await answerQuestion(page, "82");
    await expectShownInPlace(page, lang, "lives-alone");
    expect(await page.title()).not.toBe(firstTitle);
    // The language links lead to this question, not the one the page was loaded with.
    const other = lang === "it" ? "en" : "it";
    await expect(page.locator(`.lang-switch a[hreflang="${other}"]`)).toHaveAttribute(
      "href",
      `/language/${other}?page=/${other}/questions/elderly/lives-alone`,
    );
    if (!REVIEWED.has(lang)) {
      await expect(page.locator(".translation-notice a")).toHaveAttribute("href", "/it/questions/elderly/lives-alone");
    }

    await answerQuestion(page, "yes");
    await expectShownInPlace(page, lang, "daily-help");
    // The page's Back link and the browser's Back button show the question before, answered.
    await page.locator("a.back-link").click();
    await expectShownInPlace(page, lang, "lives-alone");
    await expect(page.locator("#value-yes")).toBeChecked();
    await page.goBack();
    await expectShownInPlace(page, lang, "daily-help");
    await page.goBack();
    await expectShownInPlace(page, lang, "lives-alone");
    await page.goForward();
    await expectShownInPlace(page, lang, "daily-help");
    expect(errors).toEqual([]);
  });
}

test("answers saved in the background reach the server: a reload shows them", async ({ page }) => {
  const errors = errorsOf(page);
  await startJourney(page, "it", "elderly");
  await waitForHydration(page);
  await answerQuestion(page, "82");
  await answerQuestion(page, "yes");
  await expect(page).toHaveURL(/\/questions\/elderly\/daily-help$/);
  await page.reload();
  await page.locator("a.back-link").click();
  await expect(page).toHaveURL(/\/questions\/elderly\/lives-alone$/);
  await expect(page.locator("#value-yes")).toBeChecked();
  expect(errors).toEqual([]);
});
