import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { contrast, deepFocus, openWidget, reachSixChoices, visibleAt, widgetBox } from './widget-page.js';

// Issue 20: the widget against WCAG 2.1 AA, checked as an auditor would in chromium.
const textSpacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

describe.skipIf(!browserAvailable)('widget accessibility (WCAG 2.1 AA)', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();
  const newPage = (width: number, height: number, phone = false): Promise<Page> => harness.newPage({ width, height }, phone);

  /** Input, Send, "Snel weg" and close are seen (hit-tested) inside the viewport. */
  async function controlsReachable(page: Page) {
    for (const selector of ['#inloop-input', 'button.send', 'button.exit', 'button.close']) {
      expect(await visibleAt(page, selector), selector).toBe(true);
    }
  }

  for (const [width, height] of [[320, 568], [320, 256]] as const) {
    it(`reflows at ${width} x ${height}: controls reachable, the newest message seen, the panel scrolls`, async () => {
      const page = await newPage(width, height, true);
      await openWidget(page, `${harness.server.baseUrl}/`);
      await controlsReachable(page); // right after opening
      await reachSixChoices(page);
      await controlsReachable(page);
      expect(await visibleAt(page, '.log li', 'end')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Every quick reply can be reached: the bounded area scrolls (or the panel does).
      const last = page.locator('.quick-replies button').last();
      await last.scrollIntoViewIfNeeded();
      expect(await visibleAt(page, '.quick-replies button')).toBe(true);
      if (height === 256) {
        const panelScroll = await page.evaluate(() => {
          const panel = document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelector('.panel') as HTMLElement;
          return { overflow: getComputedStyle(panel).overflowY, scrollable: panel.scrollHeight > panel.clientHeight };
        });
        expect(panelScroll.overflow).toBe('auto');
        expect(panelScroll.scrollable).toBe(true);
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `widget-reflow-${width}x${height}`);
      await page.context().close();
    });
  }

  it('keeps input and Send whole with a text-spacing override', async () => {
    const page = await newPage(320, 568, true);
    await openWidget(page, `${harness.server.baseUrl}/`);
    await page.evaluate((css) => {
      const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    }, textSpacing);
    await reachSixChoices(page);
    await controlsReachable(page);
    const clipped = await page.evaluate(() => {
      const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
      const panel = shadow.querySelector('.panel')!.getBoundingClientRect();
      return ['#inloop-input', 'button.send', 'button.exit'].filter((selector) => {
        const node = shadow.querySelector(selector) as HTMLElement;
        const box = node.getBoundingClientRect();
        const textFits = selector === '#inloop-input' || (node.scrollWidth <= node.clientWidth + 1 && node.scrollHeight <= node.clientHeight + 1);
        return !textFits || box.left < panel.left - 0.5 || box.right > panel.right + 0.5 || box.bottom > innerHeight + 0.5;
      });
    });
    expect(clipped).toEqual([]);
    await screenshot(page, 'widget-text-spacing-320');
    await page.context().close();
  });

  it('moves focus to the input after a quick reply on a desktop, never to <body>', async () => {
    const page = await newPage(1280, 800);
    await openWidget(page, `${harness.server.baseUrl}/`);
    await reachSixChoices(page);
    await page.locator('.quick-replies button').first().focus();
    await page.keyboard.press('Enter');
    expect(await deepFocus(page)).toBe('textarea#inloop-input');
    await page.locator('.log li.assistant').nth(3).waitFor();
    expect(await deepFocus(page)).toBe('textarea#inloop-input');
    await page.context().close();
  });

  it('on a phone, focus waits on the log and moves to the new first quick reply; the page behind is inert', async () => {
    const page = await newPage(360, 740, true);
    await openWidget(page, `${harness.server.baseUrl}/`);
    const inert = await page.evaluate(() => Array.from(document.body.children)
      .filter((node) => !node.hasAttribute('data-inloop-widget') && node.tagName !== 'SCRIPT')
      .map((node) => (node as HTMLElement).inert));
    expect(inert.length).toBeGreaterThan(0);
    expect(inert.every(Boolean)).toBe(true);
    expect(await page.locator('section.panel').getAttribute('aria-modal')).toBe('true');
    // Tab never reaches the page behind the chat (past the chat's last control it leaves for the browser itself).
    const reached = new Set<string>();
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => (document.activeElement?.hasAttribute('data-inloop-widget') ? 'chat' : document.activeElement?.tagName ?? 'none')));
    }
    expect([...reached].filter((where) => where !== 'chat' && where !== 'BODY')).toEqual([]);
    expect(reached.has('chat')).toBe(true);
    await reachSixChoices(page);
    await page.locator('.quick-replies button').first().tap();
    const focus = await deepFocus(page);
    expect(focus).not.toBe('body');
    expect(['div.log', 'button'].some((start) => focus.startsWith(start))).toBe(true);
    await page.getByRole('button', { name: 'Chat sluiten' }).click();
    expect(await page.evaluate(() => Array.from(document.body.children).some((node) => (node as HTMLElement).inert))).toBe(false);
    await page.context().close();
  });

  it('draws a focus ring of at least 3:1 on white and on the brand colour', async () => {
    const page = await newPage(1280, 800);
    await openWidget(page, `${harness.server.baseUrl}/`);
    await page.keyboard.press('Shift+Tab'); // from the input back to "Meer info" or the header: a keyboard focus
    const rings = await page.evaluate(() => {
      const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
      const read = (selector: string) => {
        const node = shadow.querySelector(selector) as HTMLElement;
        node.focus();
        const style = getComputedStyle(node);
        const shadowColour = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? '';
        return { outline: style.outlineColor, outlineWidth: style.outlineWidth, ring: shadowColour };
      };
      const header = getComputedStyle(shadow.querySelector('header')!).backgroundColor;
      return { input: read('#inloop-input'), close: read('button.close'), header, panel: getComputedStyle(shadow.querySelector('.panel')!).backgroundColor };
    });
    expect(rings.input.outlineWidth).toBe('3px');
    // On the white panel the dark outline carries the contrast; on the brand-coloured header one of the two tones does.
    expect(contrast(rings.input.outline, rings.panel)).toBeGreaterThanOrEqual(3);
    expect(Math.max(contrast(rings.close.outline, rings.header), contrast(rings.close.ring, rings.header))).toBeGreaterThanOrEqual(3);
    expect(contrast('rgb(255, 191, 71)', 'rgb(255, 255, 255)')).toBeLessThan(3); // the old #ffbf47 ring
    await page.context().close();
  });

  it('darkens a brand colour until its text reaches 4.5:1, and marks the interface language', async () => {
    const page = await newPage(1280, 800);
    await page.route(`${harness.server.baseUrl}/brand`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nl"><title>Merk</title><main><h1>Merk</h1></main><script src="/widget.js" data-colour="#d9534f" data-language="en"></script></html>`,
    }));
    await openWidget(page, `${harness.server.baseUrl}/brand`);
    const colours = await page.evaluate(() => {
      const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
      const style = getComputedStyle(shadow.querySelector('button.send')!);
      return { background: style.backgroundColor, text: style.color, lang: (shadow.querySelector('.root') as HTMLElement).lang };
    });
    expect(contrast('rgb(217, 83, 79)', 'rgb(255, 255, 255)')).toBeLessThan(4.5); // as given
    expect(contrast(colours.background, colours.text)).toBeGreaterThanOrEqual(4.5);
    expect(colours.lang).toBe('en');
    await page.context().close();
  });

  it('speaks Arabic when the site sets it, right to left, with the office-hours line in Arabic', async () => {
    const page = await newPage(1280, 800);
    await page.route(`${harness.server.baseUrl}/arabic`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nl"><title>Wijk</title><main><h1>Wijk</h1></main><script src="/widget.js" data-language="ar"></script></html>`,
    }));
    await openWidget(page, `${harness.server.baseUrl}/arabic`);
    const notice = page.locator('[data-inloop-widget] .notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/[\u0600-\u06FF]/);
    const root = await page.evaluate(() => {
      const element = document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelector('.root') as HTMLElement;
      return { lang: element.lang, dir: element.dir, direction: getComputedStyle(element).direction, launcher: element.querySelector('.launcher')!.textContent };
    });
    expect(root).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', launcher: 'تحدث معنا' });
    await page.context().close();
  });

  it('announces status changes in live regions', async () => {
    const page = await newPage(1280, 800);
    await openWidget(page, `${harness.server.baseUrl}/`);
    const regions = await page.evaluate(() => {
      const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
      return {
        status: shadow.querySelector('.status')!.getAttribute('role'),
        log: shadow.querySelector('.log')!.getAttribute('role'),
        typing: shadow.querySelector('.typing')!.getAttribute('aria-live'),
      };
    });
    expect(regions).toEqual({ status: 'status', log: 'log', typing: 'polite' });
    // A lost connection is said in the status region.
    await harness.server.server.close();
    await page.locator('.status').filter({ hasText: 'Geen verbinding' }).waitFor();
    expect(await widgetBox(page, '.status')).not.toBeNull();
    await page.context().close();
  });
});
