import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { startTestServer, type TestServer } from '../web/start-test-server.js';
import { browserAvailable, browserRequired, chromiumPath, keepOnLoopback, launchBrowser, screenshot, seriousAccessibilityViolations } from '../web/browser-harness.js';
import { caseFromResident, password, signIn } from './desk-people.js';

it('has a browser to test with (required when REQUIRE_BROWSER=1)', () => {
  if (browserRequired) expect(browserAvailable, `${chromiumPath} is missing; apt-get install -y chromium`).toBe(true);
});

// Issue 13, point 6: a coordinator's take-over of a colleague's case asks first, in Dutch, and
// more firmly for a crisis case; the colleague sees a notice in their own inbox.
describe.skipIf(!browserAvailable)('taking over a colleague\'s case in the inbox', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;

  async function signedInPage(username: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await keepOnLoopback(page);
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForFunction(() => document.body.dataset.live === 'true');
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the confirmation dialog, firm for a crisis case, takes over only on "Ja" and tells the colleague', async () => {
    const anna = await signIn(server, 'anna', 'Anna de Vries', 'self-reliance');
    const created = await server.runtime.store.createWorker({ username: 'carla', displayName: 'Carla Coördinator', team: null, passwordHash: await hashPassword(password) });
    await server.runtime.store.updateWorker(created.id, { permission: 'coordinator' });
    const crisis = await caseFromResident(server, { team: 'self-reliance', urgency: 'crisis', crisis: 'suicide' });
    expect((await anna.request(`/api/inbox/cases/${crisis.id}/claim`, {})).status).toBe(200);

    const annaPage = await signedInPage('anna');
    const carla = await signedInPage('carla');
    await carla.locator('.queue-item').first().click();
    await carla.locator('#card dl').getByText('Opgepakt door Anna de Vries').waitFor();

    // "Nee" changes nothing.
    await carla.getByRole('button', { name: 'Overnemen' }).click();
    const dialog = carla.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Nee, annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await server.runtime.store.findCase(crisis.id))?.assigneeId).toBe(anna.worker.id);

    await carla.getByRole('button', { name: 'Overnemen' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Deze casus is van Anna de Vries. Wil je hem overnemen?');
    expect(await dialog.textContent()).toContain('Let op: dit is een crisiszaak.');
    const yes = dialog.getByRole('button', { name: 'Ja, crisiszaak overnemen' });
    expect(await yes.isDisabled()).toBe(true);
    await dialog.getByLabel('Ik heb dit gelezen en neem deze crisiszaak bewust over.').check();
    expect(await yes.isEnabled()).toBe(true);
    expect(await seriousAccessibilityViolations(carla)).toEqual([]);
    await screenshot(carla, 'take-over-crisis-dialog');
    await yes.click();

    await carla.locator('#card dl').getByText('Opgepakt door Carla Coördinator').waitFor();
    expect((await server.runtime.store.findCase(crisis.id))?.assigneeId).toBe(created.id);
    const notice = annaPage.locator('#notices .notice');
    await notice.getByText('Carla Coördinator heeft je zaak overgenomen.').waitFor();
    await screenshot(annaPage, 'take-over-notice');

    // A plain worker is not offered the take-over: the card says whose case it is.
    await notice.getByRole('button', { name: 'Bekijk de zaak' }).click();
    await annaPage.locator('#card').getByText('Deze zaak is van Carla Coördinator.', { exact: false }).waitFor();
    expect(await annaPage.getByRole('button', { name: 'Overnemen' }).count()).toBe(0);
    expect(await annaPage.getByRole('button', { name: 'Zaak sluiten' }).count()).toBe(0);
  });
});
