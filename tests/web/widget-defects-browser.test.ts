import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { openWidget, reachSixChoices, say, visibleAt, widgetBox } from './widget-page.js';

// Issue 16, "Widget": the defects a new resident met in a real browser.
describe.skipIf(!browserAvailable)('widget defects of issue 16', { timeout: 120_000 }, () => {
  const harness = useServerAndBrowser();
  const newPage = (width: number, height: number, phone = false): Promise<Page> => harness.newPage({ width, height }, phone);

  for (const [width, height, phone] of [[1280, 800, false], [360, 740, true]] as const) {
    it(`never covers the newest message with the quick replies (${width} px)`, async () => {
      const page = await newPage(width, height, phone);
      await openWidget(page, `${harness.server.baseUrl}/`);
      await reachSixChoices(page);
      const newest = (await widgetBox(page, '.log li'))!;
      const buttons = (await widgetBox(page, '.quick-replies'))!;
      const log = (await widgetBox(page, '.log'))!;
      // The end of the question is inside the log's visible part, above the buttons, and really seen there.
      expect(newest.bottom).toBeLessThanOrEqual(log.bottom + 0.5);
      expect(newest.bottom).toBeLessThanOrEqual(buttons.top + 0.5);
      expect(await visibleAt(page, '.log li', 'end')).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `widget-choices-${width}`);
      await page.context().close();
    });
  }

  it('says it is a digital assistant once: a compact line first, then only the welcome', async () => {
    const page = await newPage(1280, 800);
    await openWidget(page, `${harness.server.baseUrl}/`);
    await page.locator('.notice').filter({ hasText: /sociaal werker/ }).waitFor();
    // Before the first message (the log is empty then): the disclosure, the office hours, "Meer info".
    expect((await widgetBox(page, '.intro'))!.height).toBeLessThan(120);
    await page.locator('.intro .disclosure').getByText('digitale assistent, geen mens').waitFor();
    await say(page, 'hallo');
    await page.locator('.log li.assistant').filter({ hasText: 'geen mens' }).first().waitFor();
    // Visible places saying "geen mens": the welcome only.
    const saying = await page.locator('section.panel').getByText(/geen mens/).filter({ visible: true }).count();
    expect(saying).toBe(1);
    await screenshot(page, 'widget-after-welcome-1280');
    expect((await widgetBox(page, '.intro'))!.height).toBeLessThan(80); // was 175 px: two paragraphs and the notice
    // "Meer info" still gives the disclosure and the privacy line.
    await page.getByRole('button', { name: 'Meer info' }).click();
    await page.locator('.intro .disclosure').filter({ visible: true }).waitFor();
    await page.locator('#inloop-more').filter({ visible: true, hasText: 'naam niet te geven' }).waitFor();
    await page.context().close();
  });

  it('labels the "picked up" notice as a notice, and the office-hours line follows the case', async () => {
    const page = await newPage(1280, 800);
    await openWidget(page, `${harness.server.baseUrl}/`);
    await say(page, 'mens');
    const worker = await harness.server.addWorker('bea', 'correct horse battery', 'Bea Jansen');
    const [opened] = await harness.server.runtime.store.listCases();
    await harness.server.runtime.desk.claim(opened!.id, worker.id);
    const notice = page.locator('.log li.system').filter({ hasText: 'Bea Jansen' });
    await notice.waitFor();
    expect(await notice.locator('.author').textContent()).toBe('Melding:');
    expect(await page.locator('.log li.assistant').filter({ hasText: 'Bea Jansen' }).count()).toBe(0);
    // Whatever the hours, the resident a worker is chatting with is not told the team is closed.
    await page.locator('.notice').filter({ hasText: 'Een sociaal werker heeft je vraag' }).waitFor();
    expect(await page.locator('.notice').textContent()).not.toMatch(/gesloten/);
    await page.context().close();
  });

  it('asks for the office-hours line again on focus, on return to the tab and every few minutes', async () => {
    const page = await newPage(1280, 800);
    await page.clock.install();
    let asked = 0;
    page.on('request', (request) => { if (request.url().includes('/api/chat/settings')) asked += 1; });
    await openWidget(page, `${harness.server.baseUrl}/`);
    await page.clock.runFor(1000);
    await page.locator('.notice').filter({ hasText: /sociaal werker/ }).waitFor();
    await page.clock.runFor(1000);
    const opened = asked;
    expect(opened).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.clock.runFor(1000);
    await expect.poll(() => asked).toBe(opened + 1);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.clock.runFor(1000);
    await expect.poll(() => asked).toBe(opened + 2);
    await page.clock.runFor(5 * 60 * 1000);
    await expect.poll(() => asked).toBeGreaterThanOrEqual(opened + 3);
    await page.context().close();
  });

  it('has a favicon without a request that fails, and the demo page gives De Linde the social map address', async () => {
    const page = await newPage(1280, 800);
    const failed: string[] = [];
    page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
    await openWidget(page, `${harness.server.baseUrl}/`);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    expect(failed).toEqual([]);
    const socialMap = JSON.parse(readFileSync('config/social-map.json', 'utf8')) as { offers: Array<{ place: string }> };
    const linde = socialMap.offers.find((offer) => offer.place.startsWith('Buurthuis De Linde'))!.place.replace('Buurthuis ', '');
    await page.getByText(linde, { exact: false }).first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Dorpsstraat');
    await page.context().close();
  });
});
