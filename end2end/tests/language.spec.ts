// Choosing the language: `/` redirects by cookie, then browser language, then Italian; the
// switch keeps the person on the same page; Arabic mirrors the layout.
import { test, expect } from "@playwright/test";
import { LANGUAGES, RTL, openLanguageSwitch, plain } from "./helpers";

test.describe("the redirect from /", () => {
  for (const [locale, expected] of [
    ["ar-MA", "ar"],
    ["en-GB", "en"],
    ["it-IT", "it"],
    ["ur-PK", "ur"],
    ["zh-CN", "zh"],
    ["pa-IN", "pa"],
    ["fil", "tl"],
    ["sq-AL", "sq"],
    ["de-DE", "it"],
  ]) {
    test(`a browser in ${locale} lands on /${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${expected}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      await context.close();
    });
  }

  test("an earlier choice (cookie) wins over the browser language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await page.goto("/it/privacy");
    await openLanguageSwitch(page);
    await page.locator('.lang-switch a[lang="en"]').click();
    await expect(page).toHaveURL(/\/en\/privacy$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test("reading a page in a language is not a choice: no cookie", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await page.goto("/en/privacy");
    expect(await context.cookies()).toEqual([]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
    await context.close();
  });
});

test("the switch names every language in its own script, one step from the header", async ({ page }) => {
  await page.goto("/it");
  const button = page.locator(".lang-switch summary");
  // Closed, it names the page's language; open, it lists every language.
  await expect(button).toContainText("Italiano");
  await expect(page.locator(".lang-switch a").first()).toBeHidden();
  await openLanguageSwitch(page);
  const names = (await page.locator(".lang-switch a").allTextContents()).map(plain);
  for (const name of ["العربية", "اردو", "English", "Italiano", "简体中文", "ਪੰਜਾਬੀ", "বাংলা", "Українська", "Română"]) {
    expect(names).toContain(name);
  }
  expect(names).toHaveLength(LANGUAGES.length);
  for (const lang of LANGUAGES) {
    const link = page.locator(`.lang-switch a[hreflang="${lang}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("lang", lang);
    await expect(link).toHaveAttribute("dir", RTL.has(lang) ? "rtl" : "ltr");
  }
  await expect(page.locator('.lang-switch a[aria-current="true"]')).toHaveText("Italiano");
});

test("the switch works from the keyboard", async ({ page }) => {
  await page.goto("/it/privacy");
  await page.locator(".lang-switch summary").focus();
  await page.keyboard.press("Enter");
  await page.locator('.lang-switch a[hreflang="ur"]').focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ur\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a language nobody reviewed says so, and links to the same page in Italian", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ro-RO" });
  const page = await context.newPage();
  await page.goto("/ro/start?who=other&area=health");
  const notice = page.locator(".translation-notice");
  await expect(notice).toBeVisible();
  await notice.locator('a[hreflang="it"]').click();
  await expect(page).toHaveURL(/\/it\/start\?who=other&area=health$/);
  await expect(page.locator(".translation-notice")).toHaveCount(0);
  // Reading the Italian is not choosing it: `/` still opens Romanian.
  expect(await context.cookies()).toEqual([]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/ro$/);
  await context.close();
});

test("switching language keeps the page and the answers", async ({ page }) => {
  await page.goto("/it/start?who=other&area=health");
  await openLanguageSwitch(page);
  await page.locator('.lang-switch a[lang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/start\?who=other&area=health$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toHaveText("الصحة");
  await openLanguageSwitch(page);
  await page.locator('.lang-switch a[lang="en"]').click();
  await expect(page).toHaveURL(/\/en\/start\?who=other&area=health$/);
  await expect(page.locator("h1")).toHaveText("Health");
});

test("every language has its own home page", async ({ page }) => {
  const headings = new Set<string>();
  for (const lang of LANGUAGES) {
    await page.goto(`/${lang}`);
    headings.add(plain(await page.locator("h1").textContent()));
  }
  expect(headings.size, "no language falls back to another").toBe(LANGUAGES.length);
});

test("Arabic mirrors the layout", async ({ page }) => {
  await page.goto("/ar");
  const width = page.viewportSize()!.width;
  const logo = await page.locator(".site-name").boundingBox();
  expect(logo!.x + logo!.width).toBeGreaterThan(width / 2);
  await page.goto("/en");
  const logoEn = await page.locator(".site-name").boundingBox();
  expect(logoEn!.x).toBeLessThan(width / 2);
});

test("an unknown language prefix is a 404 in the negotiated language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const response = await page.goto("/xx");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Page not found");
  await context.close();
});
