import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, keepOnLoopback, launchBrowser } from '../web/browser-harness.js';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { startResidentServer, type ResidentServer } from './resident-server.js';

// Issue 13, point 4, seen from the resident: a token the server does not know (never issued, or
// erased with "vergeet mij") is refused, and the widget then starts a new session by itself and
// sends the message again, so the resident is never left without a reply.
describe.skipIf(!browserAvailable)('the widget with a token the server does not know', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let server: ResidentServer;
  let browser: Browser;
  let page: Page;
  const storedToken = () => page.evaluate(() => localStorage.getItem('inloop-widget-token'));
  const assistantMessages = () => page.locator('.log li.assistant');
  async function say(text: string) {
    await page.locator('#inloop-input').fill(text);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    database = createTestDatabase();
    server = await startResidentServer(database.url);
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await keepOnLoopback(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    database?.remove();
  });

  it('starts a new session when the stored token was never issued, and answers', async () => {
    const forged = randomBytes(32).toString('base64url');
    await page.goto(`${server.baseUrl}/`);
    await page.evaluate((token) => {
      localStorage.setItem('inloop-widget-token', token);
      localStorage.setItem('inloop-widget-open', '1');
    }, forged);
    await page.reload();
    await page.waitForFunction((token) => {
      const stored = localStorage.getItem('inloop-widget-token');
      return stored !== null && stored !== token;
    }, forged);
    await page.locator('.status').filter({ hasText: /nieuw gesprek/ }).waitFor();
    await say('Ik heb een vraag over mijn huur');
    await assistantMessages().first().waitFor();
  });

  it('after "vergeet mij" the next message goes in a new session and is answered', async () => {
    await say('vergeet mij');
    await page.getByRole('button', { name: /wis alles/i }).click();
    await assistantMessages().filter({ hasText: /gewist/ }).waitFor();
    const erased = await storedToken();
    await say('Hallo, ik wil toch iets vragen over schulden');
    await page.waitForFunction((token) => localStorage.getItem('inloop-widget-token') !== token, erased);
    // The new session's history cleared the panel; the resident's words are shown again and answered.
    await page.locator('.log li.resident').filter({ hasText: 'iets vragen over schulden' }).waitFor();
    await assistantMessages().first().waitFor();
    expect(await page.locator('.log li.resident').count()).toBeGreaterThanOrEqual(1);
  });
});
