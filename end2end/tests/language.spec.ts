// Choosing the language: `/` redirects by cookie, then browser language, then Italian; the
// switch keeps the person on the same page; Arabic mirrors the layout.
import { test, expect } from "@playwright/test";
import { LANGUAGES, plain } from "./helpers";

test.describe("the redirect from /", () => {
  for (const [locale, expected] of [
    ["ar-MA", "ar"],
    ["en-GB", "en"],
    ["it-IT", "it"],
    ["zh-CN", "it"],
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

test("the switch names every language in its own script", async ({ page }) => {
  await page.goto("/it");
  const names = (await page.locator(".lang-switch a").allTextContents()).map(plain);
  expect(names).toContain("العربية");
  expect(names).toContain("English");
  expect(names).toContain("Italiano");
  await expect(page.locator('.lang-switch a[lang="ar"]')).toHaveAttribute("hreflang", "ar");
  await expect(page.locator('.lang-switch a[aria-current="true"]')).toHaveText("Italiano");
});

test("switching language keeps the page and the answers", async ({ page }) => {
  await page.goto("/it/start?who=other&area=health");
  await page.locator('.lang-switch a[lang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/start\?who=other&area=health$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toHaveText("الصحة");
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
