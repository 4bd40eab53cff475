// An assisted journey: a cultural mediator starts with a person in Arabic, with her own Italian
// beside it; records how the person agreed (nothing starts without it); every question, the
// check page and the results show both languages, the person's first, each in its own
// direction, side by side on a desktop and one under the other on a phone; she books at a desk
// on her day there and prints the take-home sheet; the desk's operator sees how it came, who
// helped, how the person agreed, and that the mediator comes. Ending it leaves nothing of the
// person in the browser. JavaScript on (desktop) and off (phone), axe clean at every step.
//
// `cargo xtask test` creates the mediators and the operator before the browser tests.
import { test, expect, Page } from "@playwright/test";
import { expectNoAxeViolations, plain, toResults } from "./helpers";
import { PASSWORD, signedIn } from "./staff";

const DESK = "sportello-sociale-dalmine";

/** The Italian column sits beside the Arabic one (to its left, in a right-to-left page) on a
 * wide screen, under it on a phone; nothing is wider than the screen. */
async function expectSideBySide(page: Page, wide: boolean) {
  const main = page.locator(".side-by-side__main");
  const beside = page.locator(".side-by-side__beside");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(beside.locator("> div")).toHaveAttribute("lang", "it");
  await expect(beside.locator("> div")).toHaveAttribute("dir", "ltr");
  const [m, b] = [(await main.boundingBox())!, (await beside.boundingBox())!];
  if (wide) {
    expect(b.x + b.width).toBeLessThanOrEqual(m.x + 1);
    expect(Math.abs(b.y - m.y)).toBeLessThan(2);
  } else {
    expect(b.y).toBeGreaterThanOrEqual(m.y + m.height - 1);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a mediator helps a person in Arabic with Italian beside it, books on her day, and the desk sees how it came", async ({
  browser,
  javaScriptEnabled,
}) => {
  test.slow();
  expect(PASSWORD, "PONTE_E2E_STAFF_PASSWORD is set by cargo xtask test").not.toBe("");
  // With JavaScript on a desktop, without it on the phone every other test uses.
  const wide = javaScriptEnabled;
  const email = javaScriptEnabled ? "mediatrice.js@ponte.test" : "mediatrice.nojs@ponte.test";
  const mediator = await signedIn(browser, email, javaScriptEnabled, wide ? { width: 1280, height: 900 } : undefined);

  // The languages, then the consent to read to the person in Arabic, beside the Italian.
  await mediator.locator('a[href="/it/staff/assist"]').click();
  await expect(mediator.locator("h1")).toHaveText("Inizia con una persona");
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.locator("select#person").selectOption("ar");
  await expect(mediator.locator("select#helper")).toHaveValue("it");
  await mediator.locator('main form[method="get"] button[type=submit]').click();
  await expect(mediator.locator('.consent-text[lang="ar"][dir="rtl"]')).toBeVisible();
  await expect(mediator.locator('.consent-text[lang="it"]')).toContainText("Ti aiuto a rispondere ad alcune domande");
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  // Without the person's yes nothing starts; what was chosen stays.
  await mediator.locator('label[for="how-in-person"]').click();
  const start = mediator.locator('main form[method="post"][action="/it/staff/assist"] button[type=submit]');
  await start.click();
  await expect(mediator.locator(".error-summary")).toContainText("Senza il sì della persona non si inizia");
  await expect(mediator.locator("#how-in-person")).toBeChecked();
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.locator('label[for="consent"]').click();
  await start.click();
  await expect(mediator).toHaveURL(/\/ar\/start$/);

  // The questions, the check page and the results: Arabic, with the Italian beside it.
  await toResults(mediator, "ar", javaScriptEnabled);
  await expect(mediator.locator(".side-by-side__beside")).toContainText("Aiuti che fanno per te");
  await expect(mediator.locator(".side-by-side__beside")).toContainText("I documenti da portare");
  await expect(mediator.locator(".assist-bar")).toHaveAttribute("lang", "it");
  await expectSideBySide(mediator, wide);
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.goto("/ar/check/elderly");
  await expect(mediator.locator(".side-by-side__beside")).toContainText("Controlla le risposte");
  await expectSideBySide(mediator, wide);
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.goto("/ar/questions/elderly/age?return=check");
  await expect(mediator.locator(".side-by-side__beside h2")).toHaveText("Quanti anni hai?");
  await expectSideBySide(mediator, wide);
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  // A refused answer: the message in both languages, the page from the server.
  await mediator.locator("input#value").fill("duecento");
  await mediator.locator("form.question-form button[type=submit]").click();
  await expect(mediator.locator(".side-by-side__beside .error-message")).toBeVisible();
  await expect(mediator.locator(".side-by-side__main .error-message")).toBeVisible();
  await expectNoAxeViolations(mediator, javaScriptEnabled);

  // The booking page: a time on a day the mediator is at the desk (the administrator says so).
  await mediator.goto(`/ar/book/${DESK}/meals-at-home`);
  // Slots 0-5 are other tests'; these two are this one's.
  const radio = mediator.locator('input[name="slot"]').nth(javaScriptEnabled ? 6 : 7);
  const slot = (await radio.getAttribute("value"))!;
  const day = slot.split("T")[0];
  const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(`${day}T12:00:00Z`).getUTCDay()];
  const administrator = await signedIn(browser, "amministrazione@ponte.test", javaScriptEnabled);
  await administrator.goto("/it/staff/accounts");
  await administrator.locator("tr", { hasText: email }).locator('a[href$="/mediator"]').click();
  if (!(await administrator.locator("#language-ar").isChecked())) await administrator.locator('label[for="language-ar"]').click();
  await administrator.locator("select#presence-1-desk").selectOption(DESK);
  await administrator.locator("select#presence-1-weekday").selectOption(weekday);
  await administrator.locator("input#presence-1-from").fill("00:00");
  await administrator.locator("input#presence-1-to").fill("23:59");
  await administrator.locator("main form button[type=submit]").click();
  await expect(administrator.locator("main p[role=status]")).toContainText("Salvato");
  await administrator.context().close();

  await mediator.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  await mediator.locator("input#name").fill("فاطمة ع.");
  await mediator.locator("input#contact").fill("+39 333 765 4321");
  await mediator.locator(`label[for="consent"]`).click();
  await mediator.locator("form button[type=submit]").last().click();
  await expect(mediator).toHaveURL(/\/ar\/booking\/[A-Z0-9]{8}$/);
  const code = new URL(mediator.url()).pathname.split("/").pop()!;
  // The take-home sheet, in Arabic: code, what fits and why.
  await mediator.goto(`/ar/booking/${code}?print=1`);
  await expect(mediator.locator("html")).toHaveAttribute("lang", "ar");
  await expect(mediator.locator("[data-fits-and-why]")).toBeVisible();
  await expectNoAxeViolations(mediator, javaScriptEnabled);

  // The desk: how it came, who helped, how the person agreed, and that the mediator comes.
  const desk = await signedIn(browser, "operatore.dalmine@ponte.test", javaScriptEnabled);
  await desk.goto(`/it/staff?date=${day}`);
  const row = desk.locator("table.inbox tr", { has: desk.locator(`[data-code="${code}"]`) });
  await expect(row.locator("[data-mediator-mark]")).toContainText("Mediatore confermato");
  await row.locator("a").click();
  await expect(desk.locator("[data-channel]")).toHaveText("Con un mediatore");
  await expect(desk.locator("[data-recorded-by]")).toHaveText(javaScriptEnabled ? "Mediatrice JS" : "Mediatrice senza JS");
  await expect(desk.locator('[data-consent="in-person"]')).toContainText("Di persona");
  expect(plain(await desk.locator("[data-mediator-mark]").textContent())).toContain("Mediatore confermato");
  await expectNoAxeViolations(desk, javaScriptEnabled);
  await desk.context().close();

  // Ended: the browser no longer opens the person's booking.
  await mediator.goto("/it/staff/assist");
  await mediator.locator('form[action="/it/staff/assist/end"] button').click();
  await expect(mediator).toHaveURL(/\/it\/staff$/);
  await mediator.goto(`/ar/booking/${code}`);
  await expect(mediator.locator("[data-code]")).toHaveCount(0);
  await mediator.context().close();
});
