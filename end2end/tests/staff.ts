// Signing staff in for the browser tests: the accounts `cargo xtask test` creates, with the
// password it gives them and the second factor (`second-factor.ts`).
import { expect, Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { passSecondFactor } from "./second-factor";

export const PASSWORD = process.env.PONTE_E2E_STAFF_PASSWORD ?? "";

/** A new browser context (at `viewport`, else the phone every test uses) signed in as `email`,
 * on the inbox; the sign-in page passes axe. */
export async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.goto("/it/staff");
  await expect(page.locator("h1")).toHaveText("Accesso operatori");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.locator("input#email").fill(email);
  await page.locator("input#password").fill(PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await passSecondFactor(page, email, javaScriptEnabled);
  await expect(page.locator("h1")).toHaveText("Richieste");
  return page;
}
