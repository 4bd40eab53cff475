import { test, expect } from "@playwright/test";
import { LANGUAGES, RTL, expectNoAxeViolations, sweepTag } from "./helpers";

// A handler's error (here: a booking this browser may not see) is a page in the language of
// the address, with a way home, never the server's reasons.
for (const lang of LANGUAGES) {
  test(`${lang}: a booking this browser may not see is a "not found" page in its language${sweepTag(lang)}`, async ({ page, javaScriptEnabled }) => {
    const response = await page.goto(`/${lang}/booking/ACDEFGHJ/calendar.ics`);
    expect(response!.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", RTL.has(lang) ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(`main a[href="/${lang}"]`)).toBeVisible();
    await expectNoAxeViolations(page, javaScriptEnabled);
  });
}
