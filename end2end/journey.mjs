// A whole journey in the browser, for the measurements (size-report.mjs, lighthouse.mjs): the
// home page, the elderly questions (a woman of 82 in Dalmine who lives alone), check, results.

/** The elderly path's answers, which make "meals at home" fit; she lives in Dalmine (the
 * browser tests' `toResults` uses them too). */
export const ANSWERS = {
  age: "82",
  "lives-alone": "yes",
  "daily-help": ["meals", "moving"],
  "alone-risk": "yes",
  "needs-constant-care": "no",
  "manages-money": "yes",
  invalidity: "dont-know",
  carer: "no",
  municipality: "016091",
  resident: "yes",
  citizenship: "italian",
  "monthly-income": "900",
  "has-isee": "no",
};

/** Goes from `${base}/${lang}` to the results of the elderly area in `page`. */
export async function journey(page, base, lang = "it") {
  await page.goto(`${base}/${lang}`);
  await page.locator('label[for="who-me"]').click();
  await page.locator('label[for="area-elderly"]').click();
  await page.locator("form.start-form button[type=submit]").click();
  await page.waitForURL(/\/questions\/elderly\//);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 20000 });
  for (let step = 0; step < 20; step++) {
    const match = new URL(page.url()).pathname.match(/\/questions\/elderly\/([^/]+)$/);
    if (!match) break;
    const value = ANSWERS[match[1]];
    if (value === undefined) throw new Error(`no answer for ${match[1]}`);
    if (await page.locator("input#value").count()) await page.locator("input#value").fill(value);
    else if (await page.locator("select#value").count()) await page.locator("select#value").selectOption(value);
    else for (const v of [value].flat()) await page.locator(`label[for="value-${v}"]`).click();
    const before = page.url();
    await page.locator("form.question-form button[type=submit]").click();
    await page.waitForURL((url) => url.toString() !== before);
  }
  await page.waitForURL(/\/check\/elderly$/);
  await page.locator("a.button").click();
  await page.waitForURL(/\/results\/elderly$/);
}
