// A daughter follows her father's appointment with a PIN of her own (issue: helpers are a
// first-class journey): he names her on the booking form with his consent, she finds the
// booking from her own phone with the code and her PIN and moves it, then he takes her access
// away and her browser no longer opens it. Italian on a phone, Arabic (right to left) on a
// desktop, with JavaScript on and off (the two projects), axe clean on every page.
import { test, expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const DESK = "sportello-sociale-boltiere";
const SERVICE = "home-care";
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

// Each run books and moves to its own slots of one desk, so parallel runs never compete.
const CASES = [
  { lang: "it", slot: 0, viewport: PHONE },
  { lang: "ar", slot: 2, viewport: DESKTOP },
];

/** Chooses the `n`-th free time on a booking page; gives its value. */
async function chooseSlot(page: Page, n: number): Promise<string> {
  const radio = page.locator('input[name="slot"]').nth(n);
  const value = (await radio.getAttribute("value"))!;
  await page.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  return value;
}

for (const { lang, slot: base, viewport } of CASES) {
  test.describe(`${lang}, ${viewport.width}px wide`, () => {
    test.use({ viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });

    test(`${lang}: a daughter named as helper moves the appointment with her PIN, then her father removes her`, async ({ page, browser, javaScriptEnabled }) => {
      test.slow();
      const slot = base + (javaScriptEnabled ? 0 : 1);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));

      // The father books and names his daughter, folded away until he opens it.
      await page.goto(`/${lang}/book/${DESK}/${SERVICE}`);
      await expect(page.locator("details#helper")).not.toHaveAttribute("open", /.*/);
      await chooseSlot(page, slot);
      await page.locator("input#name").fill("G. B.");
      await page.locator('label[for="consent"]').click();
      await page.locator("details#helper summary").click();
      await page.locator("input#helper-name").fill("Sara");
      await page.locator('label[for="helper-relationship-family"]').click();
      // Without his agreement ticked: refused, nothing he typed is lost, the fold stays open.
      await page.locator("form button[type=submit]").last().click();
      await expect(page.locator(".error-summary")).toBeVisible();
      await expect(page.locator("details#helper")).toHaveAttribute("open", /.*/);
      await expect(page.locator("input#helper-name")).toHaveValue("Sara");
      await expect(page.locator("input#name")).toHaveValue("G. B.");
      await expectNoAxeViolations(page, javaScriptEnabled);
      await chooseSlot(page, slot);
      await page.locator('label[for="helper-consent"]').click();
      await page.locator("form button[type=submit]").last().click();

      // His page: his PIN and hers, each shown once, and who else can open it.
      await expect(page).toHaveURL(new RegExp(`/${lang}/booking/[A-Z0-9]{8}$`));
      const code = new URL(page.url()).pathname.split("/").pop()!;
      const pin = (await page.locator("[data-pin]").textContent())!.trim();
      const hers = (await page.locator("[data-helper-pin]").textContent())!.trim();
      expect(hers).toMatch(/^\d{6}$/);
      expect(hers).not.toEqual(pin);
      await expect(page.locator("li[data-helper]")).toHaveCount(1);
      await expect(page.locator("li[data-helper]")).toContainText("Sara");
      await expectNoAxeViolations(page, javaScriptEnabled);

      // Sara, on her own phone, finds it with the code and her PIN, and moves it.
      const herContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled });
      const sara = await herContext.newPage();
      sara.on("pageerror", (e) => errors.push(e.message));
      await sara.goto(`/${lang}/manage`);
      await sara.locator("input#code").fill(code);
      await sara.locator("input#secret").fill(hers);
      await sara.locator("form button[type=submit]").last().click();
      await expect(sara).toHaveURL(new RegExp(`/${lang}/booking/${code}$`));
      await expect(sara.locator("[data-as-helper]")).toBeVisible();
      await expect(sara.locator("li[data-helper]")).toHaveCount(0);
      await expectNoAxeViolations(sara, javaScriptEnabled);
      await sara.locator(`a[href*="?change=${code}"]`).click();
      await expect(sara).toHaveURL(new RegExp(`change=${code}`));
      const later = await chooseSlot(sara, slot + 4);
      await sara.locator("form button[type=submit]").last().click();
      await expect(sara).toHaveURL(new RegExp(`/${lang}/booking/${code}$`));
      const time = later.split("T")[1].replace(/^0/, "");
      await expect(sara.locator("[data-when]")).toContainText(time);

      // Her father sees the new time, and takes her access away.
      await page.reload();
      await expect(page.locator("[data-when]")).toContainText(time);
      await page.locator("li[data-helper] button").click();
      await expect(page.locator("li[data-helper]")).toHaveCount(0);
      await expectNoAxeViolations(page, javaScriptEnabled);

      // Her browser no longer opens it, nor does her PIN.
      await sara.reload();
      await expect(sara.locator("[data-code]")).toHaveCount(0);
      await sara.goto(`/${lang}/manage`);
      await sara.locator("input#code").fill(code);
      await sara.locator("input#secret").fill(hers);
      await sara.locator("form button[type=submit]").last().click();
      await expect(sara).toHaveURL(new RegExp(`/${lang}/manage$`));
      await herContext.close();
      expect(errors).toEqual([]);
    });
  });
}
