// The pseudo-locale (helpers.ts, PSEUDO): every page a person can open, with JavaScript off.
// Every text a person reads or hears must come from the messages (it carries the pseudo-locale's
// mark), except what is marked `translate="no"` (names, addresses and codes from the data) and
// words marked as another language (each language's own name, in the switch and the forms). Longer texts must still fit a
// 320 px phone, and the layout must mirror.
import { test, expect } from "@playwright/test";
import { NO_JS_ONLY, PAGES, PSEUDO, PSEUDO_MARK, expectNoAxeViolations } from "./helpers";

for (const p of PAGES) {
  test(`${PSEUDO} (pseudo-locale): ${p.name}, every text from the messages ${NO_JS_ONLY}`, async ({ page, javaScriptEnabled }) => {
    const response = await page.goto(`/${PSEUDO}${p.path}`);
    expect(response?.status()).toBe(p.status);
    await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await page.title(), "the tab's title").toContain(PSEUDO_MARK);

    const foreign = await page.evaluate((mark) => {
      const found: string[] = [];
      // Not checked: data marked translate="no", and words in another language (its own `lang`,
      // such as a language's own name).
      const page = document.documentElement.lang;
      const outside = (el: Element | null) =>
        !!el && !el.closest('[translate="no"], script, style') && el.closest("[lang]")?.getAttribute("lang") === page;
      const check = (text: string, where: string) => {
        if (/\p{L}/u.test(text) && !text.includes(mark)) found.push(`${where}: ${text.trim().slice(0, 80)}`);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (outside(node.parentElement)) check(node.textContent ?? "", node.parentElement!.tagName.toLowerCase());
      }
      // What a screen reader says, or a person sees in a field or a tooltip.
      for (const el of Array.from(document.querySelectorAll("[aria-label], [title], [placeholder], [alt]"))) {
        if (!outside(el)) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          const value = el.getAttribute(name);
          if (value) check(value, `${el.tagName.toLowerCase()}[${name}]`);
        }
      }
      return found;
    }, PSEUDO_MARK);
    expect(foreign, "text that did not come from the messages").toEqual([]);

    // Right to left: the site's name sits at the inline start, on the right.
    const width = page.viewportSize()!.width;
    const name = await page.locator(".site-name").boundingBox();
    expect(name!.x + name!.width).toBeGreaterThan(width / 2);
    await expectNoAxeViolations(page, javaScriptEnabled);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal overflow at 320 px with 40 % longer texts").toBeLessThanOrEqual(0);
  });
}

test(`${PSEUDO} is never offered: not in the switch, not chosen for a browser`, async ({ browser }) => {
  const context = await browser.newContext({ locale: PSEUDO });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator(`.lang-switch a[hreflang="${PSEUDO}"]`)).toHaveCount(0);
  await context.close();
});
