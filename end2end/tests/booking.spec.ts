// From a result to a booked slot and back to cancel it, in Italian and Arabic, with JavaScript
// on and off (the two projects), axe clean on every page; then finding the booking again from
// another browser with its code and PIN.
import { test, expect } from "@playwright/test";
import { DALMINE, expectNoAxeViolations, plain, toResults } from "./helpers";

// Each test books a different slot of the same desk, so parallel runs never compete.
const CASES = [
  { lang: "it", slot: 0 },
  { lang: "ar", slot: 2 },
];

for (const { lang, slot: base } of CASES) {
  test(`${lang}: from a result to a booked slot, found again with the PIN, then cancelled`, async ({ page, javaScriptEnabled }) => {
    test.slow();
    const slot = base + (javaScriptEnabled ? 0 : 1);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await toResults(page, lang, javaScriptEnabled);

    // The service's desks, from where she said she lives (Dalmine, asked once among the
    // questions): the desk that serves Dalmine first, then nearest first.
    const service = page.locator(`li[data-service="meals-at-home"]`);
    await service.locator("summary").click();
    await service.locator(`a[href="/${lang}/desks/meals-at-home?municipality=${DALMINE}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/desks/meals-at-home\\?municipality=${DALMINE}$`));
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.locator("select#municipality")).toHaveValue(DALMINE);
    const first = page.locator("li.desk").first();
    await expect(first).toHaveAttribute("data-desk", "sportello-sociale-dalmine");
    await expect(first.locator(".desk__status")).not.toBeEmpty();
    await expectNoAxeViolations(page, javaScriptEnabled);

    // Free times and the form.
    await first.locator("a.button").click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/book/sportello-sociale-dalmine/meals-at-home`));
    await expectNoAxeViolations(page, javaScriptEnabled);
    // Posting without a time or consent keeps the name and says what is missing.
    await page.locator("input#name").fill("A. K.");
    await page.locator("form button[type=submit]").last().click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expect(page.locator("input#name")).toHaveValue("A. K.");
    await expectNoAxeViolations(page, javaScriptEnabled);

    const radios = page.locator('input[name="slot"]');
    const value = await radios.nth(slot).getAttribute("value");
    await page.locator(`label[for="${await radios.nth(slot).getAttribute("id")}"]`).click();
    await page.locator("input#contact").fill("+39 333 765 4321");
    await page.locator(`label[for="consent"]`).click();
    await page.locator("form button[type=submit]").last().click();

    // The confirmation: code, PIN, time, what to bring, calendar file.
    await expect(page).toHaveURL(new RegExp(`/${lang}/booking/[A-Z0-9]{8}$`));
    const code = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.locator("[data-code]")).toHaveText(`${code.slice(0, 4)}-${code.slice(4)}`);
    const pin = (await page.locator("[data-pin]").textContent())!.trim();
    expect(pin).toMatch(/^\d{6}$/);
    const [, time] = value!.split("T");
    expect(plain(await page.locator("[data-when]").textContent())).toContain(time.replace(/^0/, ""));
    await expectNoAxeViolations(page, javaScriptEnabled);
    const ics = await page.request.get(`/${lang}/booking/${code}/calendar.ics`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain(`DTSTART;TZID=Europe/Rome:${value!.replace(/[-:]/g, "")}00`);
    await page.goto(`/${lang}/booking/${code}?print=1`);
    await expect(page.locator("img.qr")).toBeVisible();
    // The take-home sheet: below the person's language, the same in Italian for the desk.
    await expect(page.locator('[data-copy-for-the-desk][lang="it"]')).toHaveCount(lang === "it" ? 0 : 1);
    await expectNoAxeViolations(page, javaScriptEnabled);

    // Another browser (no cookies) finds it with the code and the PIN.
    await page.context().clearCookies();
    await page.goto(`/${lang}/booking/${code}`);
    await expect(page.locator("[data-code]")).toHaveCount(0);
    await page.goto(`/${lang}/manage`);
    await page.locator("input#code").fill(code.toLowerCase());
    await page.locator("input#secret").fill(pin);
    await page.locator("form button[type=submit]").last().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/booking/${code}$`));

    // Cancel: the page says so, and the time is free again.
    await page.locator("form.cancel-form button").click();
    await expect(page.locator("h1")).toHaveText(lang === "it" ? "Appuntamento annullato" : "تم إلغاء الموعد");
    await expectNoAxeViolations(page, javaScriptEnabled);
    await page.goto(`/${lang}/book/sportello-sociale-dalmine/meals-at-home?from=${value!.split("T")[0]}`);
    await expect(page.locator(`input[name="slot"][value="${value}"]`)).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

for (const lang of ["it", "ar"]) {
  test(`${lang}: the desk of the person's municipality comes first and says why`, async ({ page }) => {
    await page.goto(`/${lang}/desks/home-care?municipality=016122`);
    const first = page.locator("li.desk").first();
    await expect(first).toHaveAttribute("data-desk", "sportello-sociale-lallio");
    await expect(first.locator(".desk__serves")).toContainText("Lallio");
    await expect(page.locator(".desk__serves"), "no other desk serves Lallio").toHaveCount(1);
  });
}

test.describe("with the person's consent to share their location", () => {
  // Near Verdellino's town hall.
  test.use({ geolocation: { latitude: 45.60312, longitude: 9.61044 }, permissions: ["geolocation"] });

  test("the nearest desks are listed from where the person is", async ({ page, javaScriptEnabled }) => {
    await page.goto("/it/desks/home-care");
    const button = page.locator("#use-location");
    if (!javaScriptEnabled) {
      // Without JavaScript the button would do nothing, so it is not shown at all.
      await expect(button).toBeHidden();
      return;
    }
    // Privacy notice: "your position is rounded to about a kilometre and never kept". Two
    // decimals are posted, and the address shows the town, never coordinates.
    const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/near"));
    await button.click();
    expect((await posted).postData()).toBe("lat=45.60&lon=9.61");
    await expect(page).toHaveURL(/\/it\/desks\/home-care\?municipality=\d{6}$/);
    await expect(page.locator("li.desk").first()).toHaveAttribute("data-desk", "sportello-sociale-verdellino");
    await expect(page.locator("#desk-summary")).toContainText("Verdellino");
    await expectNoAxeViolations(page, javaScriptEnabled);
  });
});
