// The staff's second factor in the browser tests: the code an authenticator app would show,
// computed here (TOTP, RFC 6238: HMAC-SHA-1, 30 s, 6 digits) from the key the enrolment page
// shows. The server accepts each code once, and the two workers sign in as the same accounts,
// so every code used is claimed first in a directory shared by the workers
// (PONTE_E2E_STATE_DIR, fresh for each run: `cargo xtask test` makes it).
import { expect, Page, test } from "@playwright/test";
import { createHmac } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations } from "./helpers";

const STEP_SECONDS = 30;
const STATE_DIR = process.env.PONTE_E2E_STATE_DIR ?? "";

function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of text.toUpperCase().replace(/[\s=]/g, "")) {
    const value = alphabet.indexOf(c);
    if (value < 0) throw new Error(`not base32: ${text}`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The app's code for `step` (30-second steps since 1970). */
export function appCode(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/**
 * A step no other sign-in of `email` in this run uses: claimed by creating a file, which only
 * one worker can. A step with less than 5 s left is not taken, so a claimed code reaches the
 * server before a later step's can (the server refuses a code older than one used).
 */
async function claimStep(email: string): Promise<number> {
  expect(STATE_DIR, "PONTE_E2E_STATE_DIR is set by cargo xtask test").not.toBe("");
  mkdirSync(STATE_DIR, { recursive: true });
  for (;;) {
    const now = Date.now() / 1000;
    const step = Math.floor(now / STEP_SECONDS);
    const left = (step + 1) * STEP_SECONDS - now;
    if (left > 5) {
      try {
        closeSync(openSync(join(STATE_DIR, `${email}.${step}`), "wx"));
        return step;
      } catch {
        // Another sign-in has this step: wait for the next.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, (left + 0.2) * 1000));
  }
}

/**
 * After the password: enrols the app at an account's first sign-in (the key read from the
 * page and kept for the other workers) and goes past the recovery codes, or gives the app's
 * code. axe checks each page.
 */
export async function passSecondFactor(page: Page, email: string, javaScriptEnabled: boolean) {
  // Waiting for a step no other worker uses can take up to 30 seconds.
  test.info().setTimeout(test.info().timeout + (STEP_SECONDS + 5) * 1000);
  await expect(page).toHaveURL(/\/it\/staff\/second-factor$/);
  await expectNoAxeViolations(page, javaScriptEnabled);
  const key = page.locator("code#secret");
  const secretFile = join(STATE_DIR, `${email}.secret`);
  let secret: string;
  if ((await key.count()) > 0) {
    await expect(page.locator("h1")).toHaveText("Proteggi il tuo account con il telefono");
    await expect(page.locator("img.qr")).toHaveAttribute("src", "/it/staff/second-factor/qr.svg");
    secret = (await key.textContent())!.replace(/\s/g, "");
    mkdirSync(STATE_DIR, { recursive: true });
    writeFileSync(secretFile, secret);
  } else {
    await expect(page.locator("h1")).toHaveText("Codice di accesso");
    secret = readFileSync(secretFile, "utf8");
  }
  await page.locator("input#code").fill(appCode(secret, await claimStep(email)));
  await page.locator("main form button[type=submit]").click();
  // Enrolled now (recovery codes), or another worker enrolled the account a moment before and
  // this code simply signed in.
  const heading = page.locator("h1");
  await expect(heading).toHaveText(/I tuoi codici di riserva|Richieste|Cambia la password/);
  if ((await heading.textContent())?.trim() === "I tuoi codici di riserva") {
    await expect(page.locator("ul.recovery-codes li")).toHaveCount(10);
    await expectNoAxeViolations(page, javaScriptEnabled);
    await page.locator("main a.button").click();
  }
}
