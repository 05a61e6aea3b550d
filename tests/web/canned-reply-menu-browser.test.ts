import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from './start-test-server.js';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { createWebClient } from './web-client.js';

// Issue 16, canned replies: the worker picks a "Standaardantwoord" and the reply field gets it in the case's language.
const password = 'correct horse battery';

describe.skipIf(!browserAvailable)('the canned-reply menu in the inbox', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();
  let server: TestServer;
  let client: ReturnType<typeof createWebClient>;
  let residentToken: string;

  async function signIn(page: Page, username: string) {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.queue-item').first().waitFor();
  }

  beforeAll(async () => {
    server = harness.server;
    client = createWebClient(server.baseUrl);
    await server.addWorker('nadia', password, 'Nadia El Amrani');
    const cora = await server.addWorker('cora', password, 'Cora Bakker');
    await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
    const { token } = await client.startConversation();
    residentToken = token;
    await client.say(token, 'I have debts and the bailiff is coming tomorrow');
    await client.say(token, 'a real person');
  });

  it('lets a coordinator add a canned reply in the inbox', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page, 'cora');
    await page.locator('.queue-item').first().click();
    await page.locator('#canned-manager summary').click();
    await page.getByLabel('Titel').fill('Afspraak maken');
    await page.getByLabel('Tekst (nl)').fill('Zullen we afspreken? Ik ben er op {openingstijden}.');
    await page.getByLabel('Tekst (en)').fill('Shall we meet? I am here on {openingstijden}.');
    await page.locator('#canned-save').click();
    await page.locator('.canned-reply-list li').filter({ hasText: 'Afspraak maken' }).waitFor();
    await screenshot(page, 'inbox-canned-reply-manager-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('fills the reply field from the Standaardantwoord menu in the resident\'s language, and sends it', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page, 'nadia');
    await page.locator('.queue-item').first().click();
    await page.locator('#claim').click();
    const menu = page.getByLabel('Standaardantwoord');
    await menu.waitFor();
    await page.waitForFunction(() => (document.getElementById('canned-reply') as HTMLSelectElement | null)?.options.length! > 4);
    // No worker manages replies: the editor is for coordinators only.
    expect(await page.locator('#canned-manager').count()).toBe(0);
    await menu.selectOption({ label: 'Kennismaken' });
    const field = page.locator('#reply-text');
    await expect.poll(() => field.inputValue()).toBe('Hi, I am Nadia. I read your message and I will help you. What matters most to you right now?');
    expect(await field.getAttribute('lang')).toBe('en');
    await menu.selectOption({ label: 'Afspraak maken' });
    await expect.poll(() => field.inputValue()).toBe('Shall we meet? I am here on Monday–Thursday 09:00–17:00, Friday 09:00–13:00.');
    await screenshot(page, 'inbox-canned-reply-menu-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('#reply-text-submit').click();
    await expect.poll(async () => (await client.history(residentToken)).body!.messages.at(-1).text).toBe('Shall we meet? I am here on Monday–Thursday 09:00–17:00, Friday 09:00–13:00.');
    await page.setViewportSize({ width: 360, height: 800 });
    await menu.scrollIntoViewIfNeeded();
    const wide = await page.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((node) => node.getBoundingClientRect().right > 362).map((node) => `${node.tagName}#${node.id}.${node.className} ${Math.round(node.getBoundingClientRect().right)}`).slice(0, 12));
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'inbox-canned-reply-menu-360');
  });
});
