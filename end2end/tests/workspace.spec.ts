// The hand-off to the desk: a person books in Arabic; the desk's operator signs in, finds the
// dossier in Italian (beside the Arabic), marks a document missing, then sends it on to another
// service; the person sees both in Arabic; another desk's operator cannot open it. An operator
// records a phone request for a caller in Romanian, who then follows it in Romanian. An
// administrator makes a mediator account and sets when the mediator is at which desk; the
// mediator offers to come to an appointment and the desk sees it confirmed. JavaScript
// on and off (the two projects), axe clean on every workspace page.
//
// `cargo xtask test` creates the two operators before the browser tests (see xtask).
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations, plain, toResults } from "./helpers";
import { passSecondFactor } from "./second-factor";
import { PASSWORD, signedIn } from "./staff";

const DALMINE_OPERATOR = "operatore.dalmine@ponte.test";
const ZANICA_OPERATOR = "operatore.zanica@ponte.test";
const ADMINISTRATOR = "amministrazione@ponte.test";

test("a request made in Arabic is read in Italian, and the missing document goes back in Arabic", async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.slow();
  expect(PASSWORD, "PONTE_E2E_STAFF_PASSWORD is set by cargo xtask test").not.toBe("");
  // The citizen: results in Arabic, then a time at Dalmine's Sportello Sociale.
  await toResults(page, "ar", javaScriptEnabled);
  await page.goto("/ar/book/sportello-sociale-dalmine/meals-at-home");
  // Slots 0-3 are the booking walk's; these two are this test's.
  const radio = page.locator('input[name="slot"]').nth(javaScriptEnabled ? 4 : 5);
  await page.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  const day = (await radio.getAttribute("value"))!.split("T")[0];
  await page.locator("input#name").fill("أمينة ك.");
  await page.locator("textarea#note").fill("أمي لا تمشي جيدًا");
  await page.locator(`label[for="filled-by-mediator"]`).click();
  await page.locator(`label[for="consent"]`).click();
  await page.locator("form button[type=submit]").last().click();
  await expect(page).toHaveURL(/\/ar\/booking\/[A-Z0-9]{8}$/);
  const code = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.locator("[data-request-status]")).toContainText("تم الاستلام");

  // The desk's operator finds it in the inbox, in Italian.
  const operator = await signedIn(browser, DALMINE_OPERATOR, javaScriptEnabled);
  await expectNoAxeViolations(operator, javaScriptEnabled);
  // Narrowed to the people who may need a mediator, on the appointment's day.
  await operator.goto(`/it/staff?mediator=yes&date=${day}`);
  await expect(operator.locator("#filter-mediator")).toBeChecked();
  const row = operator.locator("table.inbox tr", { has: operator.locator(`[data-code="${code}"]`) });
  await expect(row).toContainText("Ricevuta");
  await row.locator("a").click();
  await expect(operator).toHaveURL(/\/it\/staff\/dossier\/\d+$/);
  const dossierUrl = operator.url();
  await expect(operator.locator("h1")).toContainText("Pasti a casa");
  await expect(operator.locator(".summary-list")).toContainText("un mediatore");
  // Taking it on: colleagues see who has it.
  await operator.locator("main form.dossier-decide button").first().click();
  await expect(operator.locator("[data-handled-by]")).toHaveText("Tu");
  // The answers are worded in Italian, with the Arabic beside them.
  const answers = operator.locator("table.answers");
  await expect(answers).toContainText("82 anni");
  await expect(answers.locator('td[lang="ar"]').first()).toBeVisible();
  // The person's own words, as written, marked with their language.
  await expect(operator.locator('blockquote.person-note[lang="ar"]')).toHaveText("أمي لا تمشي جيدًا");
  await expectNoAxeViolations(operator, javaScriptEnabled);

  // Documents missing: the ISEE.
  await operator.locator("select#status").selectOption("documents-missing");
  await operator.locator('label[for="missing-isee"]').click();
  await operator.locator("main form button[type=submit]").last().click();
  await expect(operator.locator(".summary-list")).toContainText("Mancano documenti");
  await expectNoAxeViolations(operator, javaScriptEnabled);

  // On the day: the appointment is listed, and the desk marks that the person came.
  await operator.goto(`/it/staff/appointments?date=${day}`);
  const appointment = operator.locator(`tr[data-appointment="${new URL(dossierUrl).pathname.split("/").pop()}"]`);
  await expect(appointment).toContainText("أمينة ك.");
  await expectNoAxeViolations(operator, javaScriptEnabled);
  await appointment.locator("form button").first().click();
  await expect(appointment.locator("[data-attendance]")).toHaveText("presente");

  // Another desk's operator gets the same page as for a dossier that does not exist.
  const stranger = await signedIn(browser, ZANICA_OPERATOR, javaScriptEnabled);
  await stranger.goto(dossierUrl);
  await expect(stranger.locator("h1")).toHaveText("Richiesta non disponibile");
  await expect(stranger.locator("main")).not.toContainText(code.slice(0, 4));

  // The person sees it in Arabic.
  await page.goto(`/ar/booking/${code}`);
  await expect(page.locator("[data-request-status]")).toContainText("وثائق ناقصة");
  await expect(page.locator("[data-missing] li")).toHaveCount(1);
  expect(plain(await page.locator("[data-missing]").textContent())).not.toBe("");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // Sent on to another service: without one chosen, the reason comes back with the choice kept.
  await operator.goto(dossierUrl);
  await operator.locator("select#status").selectOption("referred");
  await operator.locator("main form button[type=submit]").last().click();
  await expect(operator.locator(".error-summary")).toContainText("Scegli il servizio");
  await expect(operator.locator("select#status")).toHaveValue("referred");
  await expectNoAxeViolations(operator, javaScriptEnabled);
  await operator.locator("select#referred-service").selectOption("home-care");
  await operator.locator("main form button[type=submit]").last().click();
  await expect(operator.locator("[data-referred]")).toContainText("Assistenza a casa");
  // The person reads where it went, in Arabic, and can find that service's desks.
  await page.goto(`/ar/booking/${code}`);
  await expect(page.locator("[data-referred]")).toContainText("أرسل المكتب طلبك إلى");
  await expect(page.locator('a[href="/ar/desks/home-care"]')).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  // Signing out (from the inbox) ends the session.
  await operator.goto("/it/staff");
  await operator.locator(".staff-bar button").click();
  await expect(operator.locator("h1")).toHaveText("Accesso operatori");
  await operator.goto(dossierUrl);
  await expect(operator.locator("h1")).toHaveText("Richiesta non disponibile");
  await operator.context().close();
  await stranger.context().close();
});

test("a request sent in Arabic without an appointment reaches the desk and can be withdrawn", async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.slow();
  // The citizen: no time suits, so a request from the list of Dalmine's desks.
  await page.goto("/ar/desks/meals-at-home?municipality=016091");
  await page.locator('a[href="/ar/request/sportello-sociale-dalmine/meals-at-home"]').click();
  await expect(page).toHaveURL(/\/ar\/request\/sportello-sociale-dalmine\/meals-at-home$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toHaveText("أرسل طلبًا");
  await expectNoAxeViolations(page, javaScriptEnabled);
  // Without a contact the desk could not answer: said so, and nothing typed is lost.
  await page.locator("input#name").fill("سلمى ر.");
  await page.locator("textarea#note").fill("أحتاج إلى وجبات لأبي");
  await page.locator(`label[for="consent"]`).click();
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator(".error-summary a[href='#contact']")).toBeVisible();
  await expect(page.locator("input#name")).toHaveValue("سلمى ر.");
  await expect(page.locator("textarea#note")).toHaveValue("أحتاج إلى وجبات لأبي");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.locator("input#contact").fill("333 444 5566");
  if (!(await page.locator("input#consent").isChecked())) await page.locator(`label[for="consent"]`).click();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ar\/booking\/[A-Z0-9]{8}$/);
  const code = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.locator("h1")).toHaveText("تم إرسال الطلب");
  await expect(page.locator("[data-when]")).toContainText("بدون موعد");
  await expect(page.locator("[data-request-status]")).toContainText("تم الاستلام");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The desk's operator finds it among the requests, in Italian, marked as without appointment.
  const operator = await signedIn(browser, DALMINE_OPERATOR, javaScriptEnabled);
  const row = operator.locator("table.inbox tr", { has: operator.locator(`[data-code="${code}"]`) });
  await expect(row).toContainText("Senza appuntamento");
  await row.locator("a").click();
  await expect(operator.locator("h1")).toContainText("Pasti a casa");
  await expect(operator.locator(".summary-list")).toContainText("3334445566");
  await expect(operator.locator('blockquote.person-note[lang="ar"]')).toHaveText("أحتاج إلى وجبات لأبي");
  const dossierUrl = operator.url();
  await operator.locator("select#status").selectOption("documents-missing");
  await operator.locator('label[for="missing-isee"]').click();
  await operator.locator("main form button[type=submit]").last().click();
  await expect(operator.locator(".summary-list")).toContainText("Mancano documenti");
  await expectNoAxeViolations(operator, javaScriptEnabled);

  // Another desk's operator cannot open it.
  const stranger = await signedIn(browser, ZANICA_OPERATOR, javaScriptEnabled);
  await stranger.goto(dossierUrl);
  await expect(stranger.locator("h1")).toHaveText("Richiesta non disponibile");

  // The person reads what to bring, in Arabic, then withdraws the request.
  await page.goto(`/ar/booking/${code}`);
  await expect(page.locator("[data-request-status]")).toContainText("وثائق ناقصة");
  await expect(page.locator("[data-missing] li")).toHaveCount(1);
  await page.locator("form.cancel-form button").click();
  await expect(page.locator("h1")).toHaveText("تم سحب الطلب");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await operator.goto(dossierUrl);
  await expect(operator.locator(".summary-list")).toContainText("Ritirata");
  await expect(operator.locator("main")).not.toContainText("3334445566");
  await operator.context().close();
  await stranger.context().close();
});

test("an administrator creates an account, reads the audit log, and the account chooses its own password", async ({ browser, javaScriptEnabled }) => {
  const admin = await signedIn(browser, ADMINISTRATOR, javaScriptEnabled);
  await admin.locator(`a[href="/it/staff/accounts"]`).click();
  await expect(admin.locator("h1")).toHaveText("Account degli operatori");
  await expectNoAxeViolations(admin, javaScriptEnabled);
  // A common password is refused; what was typed stays.
  const email = `mediatrice.${javaScriptEnabled ? "js" : "nojs"}.${Date.now()}@ponte.test`;
  await admin.locator("input#email").fill(email);
  await admin.locator("input#name").fill("Mediatrice di prova");
  await admin.locator(`label[for="role-mediator"]`).click();
  await admin.locator("input#password").fill("password1234");
  await admin.locator('main form[action="/it/staff/accounts"] button[type=submit]').click();
  await expect(admin.locator(".error-summary")).toContainText("troppo comune");
  await expect(admin.locator("input#email")).toHaveValue(email);
  await expectNoAxeViolations(admin, javaScriptEnabled);
  await admin.locator("input#password").fill("tre parole a caso e lunghe");
  await admin.locator('main form[action="/it/staff/accounts"] button[type=submit]').click();
  await expect(admin.locator("main p[role=status]")).toContainText(email);
  await expect(admin.locator("table.inbox")).toContainText(email);
  await admin.goto("/it/staff/audit");
  await expect(admin.locator("h1")).toHaveText("Registro degli accessi");
  await expectNoAxeViolations(admin, javaScriptEnabled);
  await admin.context().close();

  // The new account chooses its own password before anything else.
  const context = await browser.newContext({ javaScriptEnabled });
  const mediator = await context.newPage();
  await mediator.goto("/it/staff");
  await mediator.locator("input#email").fill(email);
  await mediator.locator("input#password").fill("tre parole a caso e lunghe");
  await mediator.locator("main form button[type=submit]").click();
  await passSecondFactor(mediator, email, javaScriptEnabled);
  await expect(mediator).toHaveURL(/\/it\/staff\/password$/);
  await expect(mediator.locator("h1")).toHaveText("Cambia la password");
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.locator("input#current").fill("tre parole a caso e lunghe");
  await mediator.locator("input#new").fill("la mia bicicletta gialla corre");
  await mediator.locator("input#repeated").fill("la mia bicicletta verde corre");
  await mediator.locator("main form button[type=submit]").click();
  await expect(mediator.locator(".error-summary")).toContainText("non sono uguali");
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await mediator.locator("input#current").fill("tre parole a caso e lunghe");
  await mediator.locator("input#new").fill("la mia bicicletta gialla corre");
  await mediator.locator("input#repeated").fill("la mia bicicletta gialla corre");
  await mediator.locator("main form button[type=submit]").click();
  await expect(mediator.locator("main [role=status]")).toContainText("Password cambiata");
  await mediator.goto("/it/staff");
  await expect(mediator.locator("h1")).toHaveText("Richieste");

  // Someone books in English at Dalmine (whose staff speak English every day, so the public
  // page stays as it is); the administrator says the mediator speaks English there that day.
  const citizen = await (await browser.newContext({ javaScriptEnabled })).newPage();
  // Home care at Dalmine: no other browser test books it, so the runs never compete.
  await citizen.goto("/en/book/sportello-sociale-dalmine/home-care");
  const radio = citizen.locator('input[name="slot"]').nth(javaScriptEnabled ? 0 : 1);
  const slot = (await radio.getAttribute("value"))!;
  await citizen.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  await citizen.locator("input#name").fill("John Mensah");
  await citizen.locator(`label[for="consent"]`).click();
  await citizen.locator("form button[type=submit]").last().click();
  await expect(citizen).toHaveURL(/\/en\/booking\/[A-Z0-9]{8}$/);
  const code = new URL(citizen.url()).pathname.split("/").pop()!;
  const day = slot.split("T")[0];
  const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(`${day}T12:00:00Z`).getUTCDay()];

  const administrator = await signedIn(browser, ADMINISTRATOR, javaScriptEnabled);
  await administrator.goto("/it/staff/accounts");
  await administrator.locator("tr", { hasText: email }).locator('a[href$="/mediator"]').click();
  await expect(administrator.locator("h1")).toContainText("Lingue e presenza di");
  await expect(administrator.locator("h1")).toContainText("Mediatrice di prova");
  await expectNoAxeViolations(administrator, javaScriptEnabled);
  // Without a language, and with hours that end before they start: refused, what was chosen kept.
  await administrator.locator("select#presence-1-desk").selectOption("sportello-sociale-dalmine");
  await administrator.locator("select#presence-1-weekday").selectOption(weekday);
  await administrator.locator("input#presence-1-from").fill("18:00");
  await administrator.locator("input#presence-1-to").fill("08:00");
  await administrator.locator("main form button[type=submit]").click();
  await expect(administrator.locator(".error-summary")).toContainText("Scegli almeno una lingua.");
  await expect(administrator.locator(".error-summary")).toContainText("Scrivi l'ora di inizio e di fine");
  await expect(administrator.locator("select#presence-1-weekday")).toHaveValue(weekday);
  await expectNoAxeViolations(administrator, javaScriptEnabled);
  await administrator.locator('label[for="language-en"]').click();
  await administrator.locator("input#presence-1-from").fill("00:00");
  await administrator.locator("input#presence-1-to").fill("23:59");
  await administrator.locator("main form button[type=submit]").click();
  await expect(administrator.locator("main p[role=status]")).toContainText("Salvato");
  await expect(administrator.locator("#language-en")).toBeChecked();
  await administrator.context().close();

  // The mediator's own list: the appointment fits (English, Dalmine, that day); they offer to come.
  const desk = await signedIn(browser, DALMINE_OPERATOR, javaScriptEnabled);
  await desk.goto(`/it/staff?date=${day}`);
  const row = desk.locator("table.inbox tr", { has: desk.locator(`[data-code="${code}"]`) });
  const dossier = (await row.locator("a").getAttribute("href"))!.split("/").pop()!;
  await mediator.locator('a[href="/it/staff/mediations"]').click();
  await expect(mediator.locator("h1")).toHaveText("I miei appuntamenti");
  await expect(mediator.locator("[data-my-languages]")).toContainText("English");
  const line = mediator.locator(`tr[data-mediation="${dossier}"]`);
  await expect(line.locator("[data-mediation-state]")).toHaveText("Puoi offrirti");
  await expect(line).not.toContainText("John Mensah");
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  await line.locator("form button").click();
  await expect(line.locator("[data-mediation-state]")).toHaveText("Ci sarai tu");
  await expect(line.locator("button[data-release]")).toBeVisible();
  await expectNoAxeViolations(mediator, javaScriptEnabled);
  // Now they read the appointment: who, when, where, what to bring; nothing of the desk's.
  await line.locator("a").click();
  await expect(mediator.locator("h1")).toHaveText("Appuntamento con mediatore");
  await expect(mediator.locator("[data-person]")).toHaveText("John Mensah");
  await expectNoAxeViolations(mediator, javaScriptEnabled);

  // The desk sees that the mediator comes: in the inbox, the day's list and the dossier.
  await desk.reload();
  await expect(row.locator("[data-mediator-mark]")).toContainText("Mediatore confermato");
  await expect(row.locator("[data-mediator-mark]")).toContainText("Mediatrice di prova");
  await desk.goto(`/it/staff/appointments?date=${day}`);
  await expect(desk.locator(`tr[data-appointment="${dossier}"] [data-mediator-mark]`)).toContainText("Mediatrice di prova");
  await desk.goto(`/it/staff/dossier/${dossier}`);
  await expect(desk.locator("[data-mediator-mark]")).toContainText("Mediatore confermato");
  await expectNoAxeViolations(desk, javaScriptEnabled);
  await desk.context().close();
  await citizen.context().close();
  await context.close();
});

test("an operator records a phone request for a caller in Romanian, who follows it in Romanian", async ({
  browser,
  javaScriptEnabled,
}) => {
  test.slow();
  const operator = await signedIn(browser, DALMINE_OPERATOR, javaScriptEnabled);
  await operator.locator(`a[href="/it/staff/record"]`).click();
  await expect(operator).toHaveURL(/\/it\/staff\/record$/);
  await expectNoAxeViolations(operator, javaScriptEnabled);
  // Without saying how it came: refused, with everything typed kept.
  await operator.locator("select#service").selectOption("home-care");
  await operator.locator("input#name").fill("Ion Popescu");
  await operator.locator("input#contact").fill("+40 712 345 678");
  await operator.locator("select#language").selectOption("ro");
  await operator.locator('label[for="consent"]').click();
  await operator.locator("main form button[type=submit]").click();
  await expect(operator.locator(".error-summary")).toContainText("Scegli come è arrivata la richiesta");
  await expect(operator.locator("input#name")).toHaveValue("Ion Popescu");
  await expect(operator.locator("select#language")).toHaveValue("ro");
  await expectNoAxeViolations(operator, javaScriptEnabled);
  await operator.locator('label[for="channel-phone"]').click();
  if (!(await operator.locator("input#consent").isChecked())) await operator.locator('label[for="consent"]').click();
  await operator.locator("main form button[type=submit]").click();

  // The code and the PIN to read out, once.
  await expect(operator).toHaveURL(/\/it\/staff\/record\/done$/);
  const code = (await operator.locator("[data-code]").textContent())!.trim();
  const pin = (await operator.locator("[data-pin]").textContent())!.trim();
  expect(pin).toMatch(/^\d{6}$/);
  await expect(operator.locator("main")).toContainText("/ro/manage");
  await expectNoAxeViolations(operator, javaScriptEnabled);
  // The desk's dossier says how it came and who recorded it.
  await operator.locator("main ul a").first().click();
  await expect(operator).toHaveURL(/\/it\/staff\/dossier\/\d+$/);
  await expect(operator.locator("[data-channel]")).toHaveText("Per telefono");
  await expect(operator.locator("[data-recorded-by]")).not.toBeEmpty();
  await expectNoAxeViolations(operator, javaScriptEnabled);

  // The caller, on their own phone, in Romanian.
  const callerContext = await browser.newContext({ javaScriptEnabled });
  const caller = await callerContext.newPage();
  await caller.goto("/ro/manage");
  await caller.locator("input#code").fill(code);
  await caller.locator("input#secret").fill(pin);
  await caller.locator("form button[type=submit]").last().click();
  await expect(caller).toHaveURL(/\/ro\/booking\/[A-Z0-9]{8}$/);
  await expect(caller.locator("html")).toHaveAttribute("lang", "ro");
  await expect(caller.locator("[data-request-status]")).toBeVisible();
  await expectNoAxeViolations(caller, javaScriptEnabled);
  await callerContext.close();
  await operator.context().close();
});
