import { test, expect } from "@playwright/test";
import { LANGUAGES, RTL, expectNoAxeViolations, sweepTag } from "./helpers";

// `cargo xtask test` starts a second server whose memory limit (1 MB) is always exceeded: it
// gives every request the "many people right now" page, as a server does on a click day.
const busy = process.env.PONTE_BUSY_BASE_URL;

for (const lang of LANGUAGES) {
  test(`${lang}: a busy server asks to come back in a minute and keeps what was typed${sweepTag(lang)}`, async ({ page, javaScriptEnabled }) => {
    test.skip(!busy, "PONTE_BUSY_BASE_URL is not set: run through cargo xtask test");
    const typed = 'Amina "Haddad" <Ali>';
    // A booking form as the booking page posts it (the page itself would be turned away too).
    await page.setContent(
      `<form method="post" action="${busy}/${lang}/book/sportello-sociale-dalmine/home-care">
         <input name="name" value='${typed}'><input name="request_key" value="busy-${lang}">
         <button>Prenota</button></form>`,
    );
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/book/")),
      page.getByRole("button").click(),
    ]);
    expect(response.status()).toBe(503);
    expect(response.headers()["retry-after"]).toBe("60");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", RTL.has(lang) ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('input[type="hidden"][name="name"]')).toHaveValue(typed);
    await expect(page.locator('input[type="hidden"][name="request_key"]')).toHaveValue(`busy-${lang}`);
    // "Try again" is one key press away and posts the same values to the same place.
    await page.keyboard.press("Tab");
    const retry = page.locator("form button[type=submit]");
    await expect(retry).toBeFocused();
    await expect(page.locator("form")).toHaveAttribute("action", `/${lang}/book/sportello-sociale-dalmine/home-care`);
    await expectNoAxeViolations(page, javaScriptEnabled);
  });
}
