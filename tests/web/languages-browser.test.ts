import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './start-test-server.js';
import { browserAvailable, keepOnLoopback, launchBrowser, screenshot } from './browser-harness.js';

// web-browser.test.ts checks that a browser is there (and fails without one under REQUIRE_BROWSER=1).
describe.skipIf(!browserAvailable)('the intake in Arabic and Turkish in the widget', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;

  async function openWidget(): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 420, height: 820 }, isMobile: true, hasTouch: true })).newPage();
    await keepOnLoopback(page);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('button.launcher').click();
    return page;
  }
  async function say(page: Page, text: string) {
    const before = await page.locator('.log li').count();
    await page.locator('#inloop-input').fill(text);
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li').length > count + 1, before);
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads an Arabic conversation right to left, the assistant answering in Arabic', async () => {
    const page = await openWidget();
    await say(page, 'مرحبا، عندي مشكلة مع الإيجار ولا أستطيع دفع الفواتير هذا الشهر');
    const answer = page.locator('.log li.assistant .body').last();
    await expect(answer.textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    expect(await answer.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    const resident = page.locator('.log li.resident .body').first();
    expect(await resident.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    await screenshot(page, 'widget-arabic');
  });

  it('takes a Turkish resident through the intake to the hand-off, in Turkish', async () => {
    const page = await openWidget();
    await say(page, 'Merhaba, iki aydır kiramı ödeyemiyorum ve ev sahibi beni evden çıkarmak istiyor');
    for (const answer of ['2400 euro borcum var', 'Hiçbir şey denemedim, kardeşim biraz yardım ediyor', 'Bir ödeme planı istiyorum', 'Bilmiyorum']) {
      if (await page.getByRole('button', { name: /Evet/ }).first().isVisible()) break;
      await say(page, answer);
    }
    await page.getByRole('button', { name: /Evet/ }).first().click();
    await page.locator('.quick-replies button').first().waitFor();
    await page.locator('.quick-replies button').first().click(); // here in the chat
    await page.getByRole('button', { name: /Evet/ }).first().waitFor();
    await page.getByRole('button', { name: /Evet/ }).first().click(); // consent
    await page.locator('.log li.assistant').last().waitFor();
    const cases = await server.runtime.store.listCases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ language: 'tr', consent: true });
    expect(cases[0].summary).toMatch(/^De bewoner vraagt hulp bij/);
    await screenshot(page, 'widget-turkish-hand-off');
  });
});
