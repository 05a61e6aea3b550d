import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';

// Issue 20: the accessibility statement Dutch public bodies publish, as a page of the demo site.
/** The statement's "Wat nog niet goed werkt" list in docs/operators/accessibility.md, one entry per bullet. */
function notYetInDocs(): string[] {
  const markdown = readFileSync('docs/operators/accessibility.md', 'utf8');
  const start = markdown.indexOf('> **Wat nog niet goed werkt:**');
  const lines = markdown.slice(start).split('\n').slice(1);
  const items: string[] = [];
  for (const line of lines) {
    if (line.startsWith('> - ')) items.push(line.slice(4).trim());
    else if (line.startsWith('>   ') && items.length) items[items.length - 1] += ` ${line.slice(4).trim()}`;
    else break;
  }
  return items;
}

describe.skipIf(!browserAvailable)('the accessibility statement on the demo site', { timeout: 120_000 }, () => {
  const harness = useServerAndBrowser();

  it('is linked from the demo page, says what does not work yet as docs/operators/accessibility.md does, and is axe clean at 1280 and 320 px', async () => {
    const page = await harness.newPage({ width: 1280, height: 800 });
    await page.goto(`${harness.server.baseUrl}/`);
    await page.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await page.waitForURL(/\/toegankelijkheid$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect((await page.locator('h1').textContent())!.replace(/\u00ad/g, '')).toMatch(/^Toegankelijkheidsverklaring/);
    expect(await page.locator('#status').locator('xpath=..').textContent()).toMatch(/voldoet gedeeltelijk/);
    const expected = notYetInDocs();
    expect(expected.length).toBeGreaterThan(0);
    const shown = (await page.locator('#not-yet li').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(shown).toEqual(expected);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'statement-1280');
    await page.setViewportSize({ width: 320, height: 568 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'statement-320');
    await page.context().close();
  });
});
