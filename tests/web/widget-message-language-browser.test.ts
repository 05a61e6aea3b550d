import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WebSocketServer } from 'ws';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { conversationRefForToken } from '../../bots/web/resident-token.js';
import { openWidget, say } from './widget-page.js';

// Issue 20, WCAG 3.1.2 and 4.1.3: each message carries its language (and Arabic its direction), and a
// reconnect adds only what is new to the log instead of drawing (and reading out) everything again.
describe.skipIf(!browserAvailable)('widget messages: language per message, reconnects add only what is new', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();

  const messageAttributes = (page: Page) => page.evaluate(() =>
    Array.from(document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li')).map((item) => {
      const body = item.querySelector('.body') as HTMLElement;
      return { author: item.className.split(' ')[1], lang: body.lang, dir: body.dir, direction: getComputedStyle(body).direction };
    }));

  async function conversationOf(page: Page) {
    const token = await page.evaluate(() => localStorage.getItem('inloop-widget-token'));
    return (await harness.server.runtime.store.findConversationByRef(conversationRefForToken(token!)))!;
  }

  /** Ends every widget socket from the server's side, as a lost connection would. */
  function dropSockets() {
    const sockets = (harness.server.server as unknown as { websocketServer: WebSocketServer }).websocketServer;
    for (const socket of sockets.clients) socket.terminate();
  }

  it('marks an English conversation under a Dutch interface as English, message by message', async () => {
    const page = await harness.newPage({ width: 1280, height: 800 });
    await openWidget(page, `${harness.server.baseUrl}/`);
    await say(page, 'Hello, I cannot pay my rent this month and the landlord is sending letters');
    let lines = await messageAttributes(page);
    const assistant = lines.filter((line) => line.author === 'assistant');
    expect(assistant.length).toBeGreaterThan(0);
    for (const line of assistant) expect(line.lang).toBe('en');
    // A reload draws the history: the resident's own line is marked too.
    await page.reload();
    await page.locator('.log li').nth(1).waitFor();
    lines = await messageAttributes(page);
    expect(lines.map((line) => line.lang)).toEqual(lines.map(() => 'en'));
    expect(await page.evaluate(() => (document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelector('.root') as HTMLElement).lang)).toBe('nl');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('marks Arabic messages lang="ar" and dir="rtl"', async () => {
    const page = await harness.newPage({ width: 420, height: 820 });
    await openWidget(page, `${harness.server.baseUrl}/`);
    await say(page, 'مرحبا، عندي مشكلة مع الإيجار ولا أستطيع دفع الفواتير هذا الشهر');
    const assistant = (await messageAttributes(page)).filter((line) => line.author === 'assistant');
    expect(assistant.length).toBeGreaterThan(0);
    for (const line of assistant) expect(line).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    // The next line the resident types is marked in the language the server gave their last one.
    await page.reload();
    await page.locator('.log li').nth(1).waitFor();
    await say(page, 'نعم');
    const resident = (await messageAttributes(page)).filter((line) => line.author === 'resident');
    for (const line of resident) expect(line).toMatchObject({ lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'widget-arabic-lang-rtl');
    await page.context().close();
  });

  it('keeps the shown messages on a reconnect and adds only the one stored meanwhile', async () => {
    const page = await harness.newPage({ width: 1280, height: 800 });
    await openWidget(page, `${harness.server.baseUrl}/`);
    await say(page, 'hallo');
    await say(page, 'Ik heb schulden en de deurwaarder komt volgende week');
    const before = await page.locator('.log li').count();
    // Nodes on screen are marked: after the reconnect the same nodes must still be there, not redrawn copies.
    await page.evaluate(() => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li').forEach((item) => item.setAttribute('data-before', '')));
    const conversation = await conversationOf(page);
    dropSockets();
    await page.locator('.status').filter({ hasText: /verbinding/i }).waitFor();
    // Stored while the widget was away (no live frame reaches it): only the next history frame brings it.
    await harness.server.runtime.store.appendMessages(conversation.id, [{ direction: 'outbound', author: 'assistant', text: 'Bericht tijdens de storing.', kind: 'text' }]);
    await page.locator('.log li').filter({ hasText: 'Bericht tijdens de storing.' }).waitFor();
    const after = await page.evaluate(() => Array.from(document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li')).map((item) => ({ kept: item.hasAttribute('data-before'), text: item.textContent })));
    expect(after).toHaveLength(before + 1);
    expect(after.slice(0, before).every((item) => item.kept)).toBe(true);
    expect(after[before]).toMatchObject({ kept: false });
    expect(new Set(after.map((item) => item.text)).size).toBe(after.length); // no line twice
    await screenshot(page, 'widget-after-reconnect');
    await page.context().close();
  });
});
