// Every page, in every shipped language with JavaScript off, and in the languages of the
// JavaScript sweep (helpers.ts, WITH_JS) with it on too, on a phone: right language and
// direction, one h1, its own title, the translation notice where nobody reviewed the language,
// zero axe violations, nothing scrolling sideways at 320 px.
import { test, expect } from "@playwright/test";
import { LANGUAGES, PAGES, REVIEWED, RTL, expectNoAxeViolations, plain, sweepTag } from "./helpers";


for (const lang of LANGUAGES) {
  for (const p of PAGES) {
    test(`${lang}: ${p.name}${sweepTag(lang)}`, async ({ page, javaScriptEnabled, baseURL }) => {
      const errors: string[] = [];
      // Privacy notice: "Ponte loads nothing from other sites" (no fonts, analytics or ads).
      const elsewhere: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).origin !== new URL(baseURL!).origin) elsewhere.push(r.url());
      });
      page.on("console", (m) => {
        // The browser reports the page's own 404 status as an error: that one is expected.
        const own404 = p.status === 404 && m.text().includes("status of 404");
        if (m.type() === "error" && !own404) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));

      const response = await page.goto(`/${lang}${p.path}`);
      expect(response?.status()).toBe(p.status);
      // The browser enforces the page's policy: a script it blocks is an error in the console,
      // and the page would not hydrate.
      expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      // These pages are plain HTML: no WebAssembly, no messages file, no app script (only the
      // question form is an island: journey.spec.ts and hydration.spec.ts).
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname)
          .filter((p) => (p.startsWith("/pkg/") && !p.endsWith(".css")) || p.startsWith("/i18n/") || p === "/islands.js"));
      expect(loaded, "no WebAssembly, messages or app script on a page without islands").toEqual([]);

      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", lang);
      await expect(html).toHaveAttribute("dir", RTL.has(lang) ? "rtl" : "ltr");
      await expect(page.locator("h1")).toHaveCount(1);
      const title = plain(await page.title());
      const h1 = plain(await page.locator("h1").textContent());
      expect(title.length).toBeGreaterThan(5);
      if ("neutralTitle" in p) {
        // Violence: the tab and the history do not name the page; the quick exit is there.
        expect(title).not.toContain(h1.slice(0, 8));
        await expect(page.locator(".quick-exit__button")).toBeVisible();
      } else {
        // The title names the page: its heading, or the form it repeats, or a shorter form of
        // the heading (which, in a language that puts "for you" first, is not its beginning).
        const errorPrefix = (await page.locator(".error-summary").count()) > 0 ? /^[^:：]*[:：]\s*/ : /^$/;
        const named = title.replace(/ – [^–]*$/, "").replace(errorPrefix, "");
        expect(title.includes(h1.slice(0, 8)) || h1.includes(named.slice(0, 8)), `title "${title}" for "${h1}"`).toBe(true);
      }
      await expect(page.locator("main#main")).toHaveCount(1);
      await expect(page.locator("a.skip-link")).toHaveAttribute("href", "#main");
      await expect(page.locator(".lang-switch a")).toHaveCount(LANGUAGES.length);
      await expect(page.locator("footer a")).toHaveCount(3);
      const notice = page.locator(".translation-notice");
      if (REVIEWED.has(lang)) {
        await expect(notice).toHaveCount(0);
      } else {
        // Said in the language itself, with the same page in Italian one step away.
        await expect(notice).toHaveAttribute("role", "note");
        const italian = notice.locator('a[hreflang="it"]');
        await expect(italian).toHaveAttribute("lang", "it");
        expect(decodeURIComponent((await italian.getAttribute("href"))!)).toBe(`/it${p.path}`);
      }

      await expectNoAxeViolations(page, javaScriptEnabled);
      // The page never scrolls sideways on a 320 px screen (WCAG 1.4.10 reflow).
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "horizontal overflow at 320 px").toBeLessThanOrEqual(0);
      expect(errors, "console errors").toEqual([]);
      expect(elsewhere, "requests to other sites").toEqual([]);
    });
  }
}

test("the missing-answers page names each missing answer and keeps the other", async ({ page }) => {
  await page.goto("/it/start?who=other");
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.locator("li")).toHaveCount(1);
  await expect(page.locator("#area-error")).toBeVisible();
  await expect(page.locator("#who-other")).toBeChecked();
  expect(plain(await page.title())).toMatch(/^Errore:/);
});

test("the violence area shows the emergency numbers first", async ({ page }) => {
  await page.goto("/en/start?who=me&area=safety");
  const urgent = page.locator(".callout--urgent");
  await expect(urgent).toContainText("1522");
  await expect(urgent).toContainText("112");
});

test("with reduced motion and forced colours the home page stays accessible", async ({ browser, javaScriptEnabled }) => {
  const context = await browser.newContext({ reducedMotion: "reduce", forcedColors: "active", javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/ar");
  await expectNoAxeViolations(page, javaScriptEnabled);
  // People click the whole card (its label), not the small circle.
  await page.locator('label[for="who-me"]').click();
  await expect(page.locator("#who-me")).toBeChecked();
  const border = await page
    .locator(".choice--who")
    .first()
    .evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(parseFloat(border)).toBeGreaterThanOrEqual(2);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`${lang}: at 200 % zoom (640 px wide) nothing scrolls sideways${sweepTag(lang)}`, async ({ browser, javaScriptEnabled }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, javaScriptEnabled });
    const page = await context.newPage();
    for (const path of ["", "/start?who=me&area=housing", "/privacy"]) {
      await page.goto(`/${lang}${path}`);
      // The language switch open: fourteen names must wrap, not widen the page.
      await page.locator(".lang-switch summary").click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `/${lang}${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
