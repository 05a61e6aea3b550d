import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseRecord } from '../../core/ports/case-record.js';
import { createResident } from '../support/transcript.js';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import type { TestServer } from './start-test-server.js';

// Issue 16, offers of help: the coordinator links an offer to a request in the inbox, with both residents' consent.
const password = 'correct horse battery';

describe.skipIf(!browserAvailable)('linking an offer of help to a request in the inbox', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();
  let server: TestServer;
  let offer: CaseRecord;
  let request: CaseRecord;

  async function askForAPerson(text: string) {
    const resident = createResident(() => server.runtime);
    await resident.send(text);
    await resident.send('ik wil een mens spreken');
    const record = (await server.runtime.store.listCases()).find((candidate) => candidate.firstWords === text);
    expect(record).toBeDefined();
    return record!;
  }

  async function openOffer(page: Page, username: string) {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator(`.queue-item[data-case-id="${offer.id}"]`).click();
    await page.locator('#move-to-role').waitFor();
  }

  /** The case as the inbox API shows it to the signed-in worker. */
  const caseThroughApi = (page: Page, id: string) =>
    page.evaluate(async (caseId) => (await (await fetch(`/api/inbox/cases/${caseId}`)).json()).case, id);

  beforeAll(async () => {
    server = harness.server;
    await server.addWorker('nadia', password, 'Nadia Amrani');
    const cora = await server.addWorker('cora', password, 'Cora Jansen');
    await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
    request = await askForAPerson('Ik ben 80 en ik voel me zo eenzaam, ik zie nooit iemand');
    offer = await askForAPerson('Ik wil graag maatje worden voor een oudere in de buurt');
    expect(offer.kind).toBe('offer');
    expect(request.kind).not.toBe('offer');
  });

  it('shows no link form to a worker who is not a coordinator', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await openOffer(page, 'nadia');
    expect(await page.locator('#link-request').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Koppelen' }).count()).toBe(0);
  });

  it('lets a coordinator link the offer only once both residents agreed', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await openOffer(page, 'cora');
    const form = page.getByRole('form', { name: 'Koppelen aan een hulpvraag' });
    await form.waitFor();
    // The select offers the open request, by its words and role, and never the offer itself.
    await expect.poll(() => page.locator('#link-request option').allTextContents()).toEqual(['Kies een hulpvraag…', expect.stringMatching(/eenzaam.* · Ouderenadviseur$/)]);
    await page.getByLabel('Hulpvraag', { exact: true }).selectOption(request.id);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'inbox-offer-link-form-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Koppelen' }).click();
    await expect.poll(() => page.locator('#action-error').textContent()).toBe('Beide inwoners moeten eerst toestemming geven.');
    await page.getByLabel('Inwoner die hulp aanbiedt gaf toestemming').check();
    await page.locator('#action-error').evaluate((node) => { node.textContent = ''; });
    await page.getByRole('button', { name: 'Koppelen' }).click();
    await expect.poll(() => page.locator('#action-error').textContent()).toBe('Beide inwoners moeten eerst toestemming geven.');
    expect((await server.runtime.store.findCase(offer.id))?.linkedCaseId ?? null).toBeNull();

    await page.getByLabel('Inwoner met de hulpvraag gaf toestemming').check();
    await page.getByRole('button', { name: 'Koppelen' }).click();
    await expect.poll(() => page.locator('#action-status').textContent()).toMatch(/^Gekoppeld aan .*eenzaam/);
    await expect.poll(() => page.locator('#offer-linked').textContent()).toMatch(/^Gekoppeld aan hulpvraag: .*eenzaam.* · Ouderenadviseur$/);
    // Focus stays on the card: on the line that replaced the form.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offer-linked');
    expect(await page.locator('#link-request').count()).toBe(0);

    expect(await caseThroughApi(page, offer.id)).toMatchObject({ linkedCaseId: request.id, linkConsent: true });
    expect(await caseThroughApi(page, request.id)).toMatchObject({ linkedCaseId: offer.id, linkConsent: true });

    await screenshot(page, 'inbox-offer-linked-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
