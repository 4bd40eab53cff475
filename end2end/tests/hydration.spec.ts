// With JavaScript: the WebAssembly app hydrates without errors, navigation happens in the
// page, and the new page is announced and focused.
import { test, expect } from "@playwright/test";
import { LANGUAGES, plain, waitForHydration } from "./helpers";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "needs JavaScript");

test("the browser downloads only the messages of the page language", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/ar");
  await waitForHydration(page);
  const messages = requested.filter((p) => p.startsWith("/i18n/"));
  expect(messages).toEqual(["/i18n/ar.ftl"]);
});

for (const lang of LANGUAGES) {
  test(`${lang}: client-side navigation moves focus to the new heading and announces it`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/${lang}`);
    await waitForHydration(page);
    await page.evaluate(() => ((window as any).__sameDocument = true));

    const homeTitle = await page.title();
    await page.locator(`footer a[href="/${lang}/accessibility"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/accessibility$`));
    const heading = page.locator("main h1");
    await expect(heading).toBeFocused();
    await expect(page.locator("#route-announcer")).toHaveText(plain(await heading.textContent()).trim(), {
      useInnerText: false,
    });
    expect(await page.title()).not.toBe(homeTitle);
    expect(await page.evaluate(() => (window as any).__sameDocument), "no full page load").toBe(true);
    expect(errors).toEqual([]);
  });
}
