import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from './start-test-server.js';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { createWebClient } from './web-client.js';

// Issue 16, roles: queues per role with an "all" view, "Afwezig", and moving a case to another role.
const password = 'correct horse battery';

describe.skipIf(!browserAvailable)('the inbox by role', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();
  let server: TestServer;
  let workerId: string;

  async function signIn(page: Page) {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill('sanne');
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.queue-item').first().waitFor();
  }

  beforeAll(async () => {
    server = harness.server;
    const client = createWebClient(server.baseUrl);
    workerId = (await server.addWorker('sanne', password, 'Sanne de Vries')).id;
    const debts = await client.startConversation();
    await client.say(debts.token, 'Ik heb schulden en de deurwaarder komt morgen');
    await client.say(debts.token, 'een echt mens');
    const offer = await client.startConversation();
    await client.say(offer.token, 'Hallo, ik wil graag vrijwilliger worden');
    await client.say(offer.token, 'Ik kan goed koken, op dinsdagavond, in Lindenhoven-Noord');
    await client.say(offer.token, 'Hier in de chat');
    await client.say(offer.token, 'Ja, dat mag');
    expect((await server.runtime.store.listCases()).map((record) => record.role).sort()).toEqual(['schuldhulpverlener', 'vrijwilligerscoordinator']);
  });

  it('filters the queue by role, with "Alle rollen" as the view of all', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page);
    await expect.poll(() => page.locator('.queue-item').count()).toBe(2);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Vrijwilligerscoördinator' });
    await expect.poll(() => page.locator('.queue-item').count()).toBe(1);
    expect(await page.locator('.queue-item .meta').first().textContent()).toMatch(/^Aanbod van hulp · Vrijwilligerscoördinator/);
    await page.locator('.queue-item').first().click();
    await page.locator('#move-to-role').waitFor();
    await screenshot(page, 'inbox-role-filter-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Schuldhulpverlener' });
    await expect.poll(() => page.locator('.queue-item .meta').allTextContents()).toEqual([expect.stringMatching(/^Schuldhulpverlener · /)]);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Alle rollen' });
    await expect.poll(() => page.locator('.queue-item').count()).toBe(2);
  });

  it('moves a case to another role and marks the worker away', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Schuldhulpverlener' });
    await expect.poll(() => page.locator('.queue-item').count()).toBe(1);
    await page.locator('.queue-item').first().click();
    await page.locator('#move-to-role').selectOption({ label: 'Sociaal raadsman/-vrouw' });
    await page.getByRole('button', { name: 'Naar deze rol' }).click();
    await expect.poll(() => page.locator('#action-status').textContent()).toMatch(/wachtrij van Sociaal raadsman/);
    await expect.poll(() => page.locator('.queue-item').count()).toBe(0);
    expect((await server.runtime.store.listCases({ role: 'sociaal-raadslid' })).length).toBe(1);
    await page.getByLabel('Afwezig').check();
    await expect.poll(async () => (await server.runtime.store.findWorkerById(workerId))?.away).toBe(true);
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'inbox-role-filter-360');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
