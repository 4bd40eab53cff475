// The whole questionnaire, one full path per area, in Italian, English and Arabic, with
// JavaScript on and off (the two projects): axe on every page, the expected services fit (and,
// for the personas, those the law excludes do not), urgent help comes first, errors keep what
// was typed, the quick exit works.
//
// Five paths are personas of `domain/tests/personas.rs`, with the same answers: what they are
// and are not entitled to is written there from the law, cited next to each expectation; here
// the same results must reach the person's screen.
import { test, expect, Page } from "@playwright/test";
import { DALMINE, NO_JS_ONLY, PSEUDO, answerQuestion as answer, expectNoAxeViolations, plain, startJourney as start, waitForHydration } from "./helpers";

type Answers = Record<string, string | string[]>;

/** Zanica's ISTAT code: another municipality of the demo network. */
const ZANICA = "016246";

const PATHS: Record<string, { persona?: string; answers: Answers; fits: string[]; notFits?: string[]; urgent?: boolean }> = {
  elderly: {
    persona: "maria_82_living_alone_with_a_low_isee",
    answers: { age: "82", "lives-alone": "yes", "daily-help": ["washing", "meals", "housework"], "alone-risk": "yes", "needs-constant-care": "no", "manages-money": "yes", invalidity: "no", carer: "no", municipality: DALMINE, resident: "yes", citizenship: "italian", "monthly-income": "450", "has-isee": "yes", isee: "5200" },
    fits: ["home-care", "meals-at-home", "telecare", "social-pension", "civil-invalidity"],
    notFits: ["universal-benefit", "attendance-allowance", "isee-help"],
  },
  disability: {
    answers: { age: "34", invalidity: "46-73", "law-104": "no", "disability-needs": ["work"], "needs-constant-care": "no", "manages-money": "yes", carer: "no", municipality: ZANICA, resident: "yes", citizenship: "italian", "has-isee": "yes", isee: "9.000" },
    fits: ["targeted-employment", "law-104-recognition"],
  },
  family: {
    persona: "el_amrani_moroccan_family_of_five_with_an_expiring_permit",
    answers: { children: "3", "children-ages": ["3-5", "6-10", "11-13"], pregnant: "no", "family-needs": ["parenting"], municipality: DALMINE, resident: "yes", citizenship: "non-eu", permit: "expiring", "has-isee": "yes", isee: "8500" },
    fits: ["school-meals-discount", "school-grant", "family-centre"],
    notFits: ["nursery-bonus", "birth-bonus", "maternity-allowance"],
  },
  "money-work": {
    answers: { age: "45", "work-status": "lost-job", "job-lost-involuntary": "yes", household: ["minor"], children: "2", "household-size": "3", food: "no", bills: "yes", debts: "no", municipality: ZANICA, resident: "yes", citizenship: "italian", "has-isee": "yes", isee: "8000" },
    fits: ["food-aid", "unemployment-benefit", "inclusion-allowance", "dedicated-card"],
    urgent: true,
  },
  housing: {
    persona: "sergio_homeless_with_nowhere_to_sleep_tonight",
    answers: { "housing-situation": "no-home", "sleep-tonight": "no", municipality: DALMINE, resident: "no", citizenship: "italian", "has-isee": "no" },
    fits: ["night-shelter", "registered-residence", "housing-emergency", "isee-help"],
    notFits: ["rent-support", "arrears-fund"],
    urgent: true,
  },
  health: {
    persona: "paolo_45_italian_in_the_health_area",
    answers: { age: "45", "has-doctor": "no", municipality: DALMINE, citizenship: "italian", "health-needs": ["mental-health"], "has-isee": "yes", isee: "22000" },
    fits: ["family-doctor", "mental-health-centre", "psychologist-bonus"],
    notFits: ["stp-code", "uonpia", "ticket-exemption"],
  },
  foreigners: {
    answers: { citizenship: "non-eu", permit: "expiring", "years-italy": "6", "family-abroad": "yes", "italian-level": "basic", municipality: "other", resident: "yes" },
    fits: ["permit-renewal", "family-reunification", "long-term-permit", "italian-course"],
  },
  safety: {
    persona: "elira_leaving_violence_with_her_son_of_4",
    answers: { "danger-now": "no", "safe-place": "no", "children-involved": "yes", "needs-money": "yes", citizenship: "non-eu", permit: "valid" },
    fits: ["safe-house", "children-protection", "freedom-income", "violence-permit"],
    urgent: true,
  },
};

// Every journey in Italian (the source) and in both right-to-left languages, with JavaScript
// on and off, and in the pseudo-locale without it (its text and layout are the same either
// way). English and the other languages' pages are swept in pages.spec.ts; each journey with
// axe at every step takes about 20 s, so this is what CI's time allows.
const LANGS = ["it", "ar", "ur", PSEUDO];

/** The safety questions answered by someone who is safe now. */
const SAFE = ["no", "yes", "no", "no", "italian"];


/** The question id of the page shown, or null when the page is not a question. */
function currentQuestion(page: Page, area: string): string | null {
  const match = new URL(page.url()).pathname.match(new RegExp(`/questions/${area}/([^/]+)$`));
  return match ? match[1] : null;
}

for (const lang of LANGS) {
  for (const [area, path] of Object.entries(PATHS)) {
    test(`${lang}: ${area}, from the home page to the results${lang === PSEUDO ? ` ${NO_JS_ONLY}` : ""}`, async ({ page, javaScriptEnabled }) => {
      test.slow();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await start(page, lang, area);
      if (javaScriptEnabled) await waitForHydration(page);
      const seen: string[] = [];
      for (let step = 0; step < 20; step++) {
        const question = currentQuestion(page, area);
        if (!question) break;
        expect(path.answers, `a scripted answer for ${question}`).toHaveProperty([question]);
        expect(seen, "no question twice").not.toContain(question);
        seen.push(question);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator(".progress")).toContainText(String(seen.length));
        if (area === "safety") {
          await expect(page.locator(".quick-exit__button")).toBeVisible();
          expect(plain(await page.title()).toLowerCase()).not.toMatch(/violen|عنف|تشدد/);
        }
        await expectNoAxeViolations(page, javaScriptEnabled);
        await answer(page, path.answers[question]);
      }
      await expect(page).toHaveURL(new RegExp(`/${lang}/check/${area}$`));
      await expect(page.locator(".summary-list__row")).toHaveCount(seen.length + 1);
      await expectNoAxeViolations(page, javaScriptEnabled);

      await page.locator("a.button").click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/results/${area}$`));
      for (const id of path.fits) {
        await expect(page.locator(`#fits-heading ~ ul li[data-service="${id}"]`), `${path.persona ?? area}: ${id} fits`).toHaveCount(1);
      }
      for (const id of path.notFits ?? []) {
        await expect(page.locator(`#not-heading ~ ul li[data-service="${id}"]`), `${path.persona}: ${id} does not fit`).toHaveCount(1);
      }
      await expect(page.locator(".callout--urgent")).toHaveCount(path.urgent ? 1 : 0);
      // Never a dead end: the Sportello's first talk is offered on every results page.
      await expect(page.locator('#always-heading ~ ul li[data-service="first-listening"]')).toHaveCount(1);
      if (area === "safety") {
        // Violence: 1522 and the anti-violence centre first, not "the Sportello or 112".
        await expect(page.locator("[data-urgent]").first()).toHaveAttribute("data-urgent", "helpline-1522");
        await expect(page.locator('[data-urgent="anti-violence-centre"]')).toHaveCount(1);
        await expect(page.locator('[data-urgent="emergency-112"]'), "not in danger now").toHaveCount(0);
      }
      await expect(page.locator("#checklist")).toBeVisible();
      // Where the person lives is asked once: every desk search starts from it (and from
      // nowhere for someone living outside the network).
      const town = path.answers.municipality as string | undefined;
      const deskLinks = page.locator(`a[href^="/${lang}/desks/"]`);
      if (town && town !== "other") {
        await expect(deskLinks.first()).toHaveAttribute("href", new RegExp(`\\?municipality=${town}$`));
      } else {
        await expect(deskLinks.first()).toHaveAttribute("href", new RegExp(`^/${lang}/desks/[a-z0-9-]+$`));
      }
      await expectNoAxeViolations(page, javaScriptEnabled);
      if (area === "elderly") {
        // A person is more than one area: her age and answers already make the Assegno di
        // Inclusione likely; going on there asks only what is not known (not the age).
        const money = page.locator('section.elsewhere[data-area="money-work"]');
        await expect(money.locator('li[data-service="inclusion-allowance"]')).toHaveCount(1);
        await money.locator("button[type=submit]").click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/questions/money-work/work-status$`));
      }
      expect(errors).toEqual([]);
    });
  }
}

test("a wrong number is refused next to the field and what was typed stays", async ({ page, javaScriptEnabled }) => {
  await start(page, "it", "family");
  if (javaScriptEnabled) await waitForHydration(page);
  await page.locator("input#value").fill("tanti");
  await page.locator("form.question-form button[type=submit]").click();
  await expect(page.locator("#value-error")).toContainText("Scrivi un numero");
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.locator("input#value")).toHaveValue("tanti");
  expect(plain(await page.title())).toMatch(/^Errore:/);
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.locator("input#value").fill("99");
  await page.locator("form.question-form button[type=submit]").click();
  await expect(page.locator("#value-error")).toContainText(/al massimo \u2068?15/);
});

test("back and change: answers are kept, and a changed answer drops the questions no longer asked", async ({ page, javaScriptEnabled }) => {
  await start(page, "en", "housing", "other");
  if (javaScriptEnabled) await waitForHydration(page);
  await expect(page.locator("h1")).toContainText("the person");
  await answer(page, "rent");
  await answer(page, "no");
  await page.locator("a.back-link").click();
  await expect(page).toHaveURL(/\/questions\/housing\/eviction$/);
  await expect(page.locator("#value-no")).toBeChecked();
  await answer(page, "no");
  await answer(page, "no");
  await answer(page, DALMINE);
  await answer(page, "yes");
  await answer(page, "italian");
  await answer(page, "dont-know");
  await expect(page).toHaveURL(/\/check\/housing$/);
  await expect(page.locator(".summary-list__row")).toHaveCount(8);
  await expect(page.locator(".summary-list"), "the municipality by its name").toContainText("Dalmine");
  await page.locator('a[href$="/questions/housing/housing-situation?return=check"]').click();
  await answer(page, "own");
  await expect(page).toHaveURL(/\/check\/housing$/);
  await expect(page.locator(".summary-list__row"), "eviction and arrears dropped").toHaveCount(6);
});

test("ticking documents is remembered", async ({ page, javaScriptEnabled }) => {
  await start(page, "it", "safety");
  for (const v of SAFE) await answer(page, v);
  await page.locator("a.button").click();
  await expect(page.locator("#checklist")).toBeVisible();
  await page.goto("/it/start?who=me&area=disability");
  await page.locator("form button[type=submit]").click();
  for (const v of ["40", "no", "no", ["parking"], "no", "yes", "no", DALMINE, "yes", "italian", "yes", "5000"]) await answer(page, v);
  await page.locator("a.button").click();
  const identity = page.locator("#have-identity");
  await expect(identity).not.toBeChecked();
  if (javaScriptEnabled) {
    // Saved at once, in the background (/enhance.js): wait for that post, not for a fixed time.
    await page.waitForFunction(() => (window as any).ponteEnhanced === true);
    const saved = page.waitForResponse((r) => r.url().endsWith("/checklist") && r.request().method() === "POST");
    await page.locator('label[for="have-identity"]').click();
    expect((await saved).status()).toBe(204);
  } else {
    await page.locator('label[for="have-identity"]').click();
    await page.locator("#checklist button[type=submit]").click();
    // The post answers with the results page again: reload only once it has arrived (a reload
    // during that navigation has no page to reload).
    await expect(page).toHaveURL(/\/results\/disability#checklist$/);
    await page.waitForLoadState("load");
  }
  await page.reload();
  await expect(page.locator("#have-identity")).toBeChecked();
});

// On a question (drawn by the WebAssembly app when it is there) and on the results (always
// rendered by the server): the same quick exit.
for (const where of ["question", "results"]) {
  test(`quick exit leaves at once, from the ${where}`, async ({ page, javaScriptEnabled }) => {
    await page.route("https://www.ilmeteo.it/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Meteo</title><h1>Meteo</h1>" }),
    );
    await start(page, "it", "safety");
    if (where === "results") {
      for (const v of SAFE) await answer(page, v);
      await page.locator("a.button").click();
      await expect(page).toHaveURL(/\/it\/results\/safety$/);
    }
    const exit = page.locator(".quick-exit__button");
    await expect(exit).toHaveAttribute("href", "/exit");
    if (javaScriptEnabled) {
      await page.waitForFunction(() => (window as any).ponteEnhanced === true);
      await page.locator("body").press("Shift");
      await page.locator("body").press("Shift");
      await page.locator("body").press("Shift");
      await page.waitForURL("https://www.ilmeteo.it/");
    } else {
      await exit.click();
      await page.waitForURL("https://www.ilmeteo.it/");
    }
    await expect(page.locator("h1")).toHaveText("Meteo");

    // Privacy notice: "the quick exit deletes your answers". Back finds no page of the journey
    // and no word of the area: the home page, as for someone who never started.
    await page.goBack();
    await expect(page).toHaveURL(/\/it$/);
    await expect(page.locator("body")).not.toContainText("safety");
    await page.goto("/it/results/safety");
    await expect(page).toHaveURL(/\/it$/);
  });
}

test("read aloud is offered only where the browser can speak", async ({ page, javaScriptEnabled }) => {
  await start(page, "it", "safety");
  const button = page.locator("button.read-aloud");
  if (javaScriptEnabled) {
    await page.waitForFunction(() => (window as any).ponteEnhanced === true);
    const canSpeak = await page.evaluate(() => "speechSynthesis" in window);
    await expect(button).toBeVisible({ visible: canSpeak });
  } else {
    await expect(button).toBeHidden();
  }
});

test.describe("keyboard only", () => {
  test.use({ javaScriptEnabled: false, isMobile: false, hasTouch: false });
  test("Arabic, safety area, from the first question to the results", async ({ page }) => {
    await start(page, "ar", "safety");
    // Four yes/no questions ("no": the arrow key from "yes"), then the citizenship (the first
    // choice, taken with the space bar).
    for (const choice of ["no", "no", "no", "no", "italian"]) {
      // Tab from the top of the page to the first choice.
      const first = page.locator("input[name=value]").first();
      for (let t = 0; t < 20 && !(await first.evaluate((el) => el === document.activeElement)); t++) {
        await page.keyboard.press("Tab");
      }
      await expect(first).toBeFocused();
      await page.keyboard.press(choice === "no" ? "ArrowDown" : "Space");
      await expect(page.locator(`#value-${choice}`)).toBeChecked();
      const submit = page.locator("form.question-form button[type=submit]");
      for (let t = 0; t < 10 && !(await submit.evaluate((el) => el === document.activeElement)); t++) {
        await page.keyboard.press("Tab");
      }
      await expect(submit).toBeFocused();
      const before = page.url();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.toString() !== before);
    }
    await expect(page).toHaveURL(/\/ar\/check\/safety$/);
    await page.locator("a.button").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ar\/results\/safety$/);
    await expect(page.locator('li[data-service="helpline-1522"]')).toHaveCount(1);
  });
});
