// The home page is fully usable with a keyboard, in Arabic, without JavaScript.
import { test, expect } from "@playwright/test";
import { plain } from "./helpers";

test.use({ javaScriptEnabled: false, isMobile: false, hasTouch: false });

async function focusIsVisible(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const box = el.getBoundingClientRect();
    return (outline || ring) && box.width > 0 && box.height > 0;
  });
}

test("Arabic home, keyboard only, no JavaScript: skip link, choose, continue", async ({ page }) => {
  await page.goto("/ar");

  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Tab to the first radio group and pick "someone I help" with the arrow keys.
  const whoMe = page.locator("#who-me");
  for (let i = 0; i < 20 && !(await whoMe.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(whoMe).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Space");
  await expect(whoMe).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#who-other")).toBeChecked();

  // Next group: the areas of need.
  await page.keyboard.press("Tab");
  await expect(page.locator("#area-elderly")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#area-family")).toBeChecked();

  // Continue.
  await page.keyboard.press("Tab");
  await expect(page.locator("button[type=submit]")).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  // The first question of the area, phrased about the person being helped.
  await expect(page).toHaveURL(/\/ar\/questions\/family\/children$/);
  await expect(page.locator("h1")).toContainText("الشخص");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("submitting without answers shows both errors and keeps focusable links to them", async ({ page }) => {
  await page.goto("/it");
  await page.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/\/it\/start\??$/);
  const links = page.locator(".error-summary a");
  await expect(links).toHaveCount(2);
  await links.nth(1).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#area-elderly$/);
  expect(plain(await page.locator("#area-error").textContent())).toContain("Scegli per cosa");
});
