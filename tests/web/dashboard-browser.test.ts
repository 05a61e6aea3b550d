import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TopicId } from '../../core/taxonomy/index.js';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';
import { seedReportCase } from '../support/seed-report-case.js';
import { createResident } from '../support/transcript.js';
import type { TestServer } from './start-test-server.js';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';

// Issue 17: the coordinators' dashboard with counts, suppression, signal cards and the CSV.
const password = 'correct horse battery';
const week = 7 * 24 * 60 * 60 * 1000;
const configurationFolder = mkdtempSync(join(tmpdir(), 'inloop-dashboard-'));
const organisationFile = join(configurationFolder, 'organisation.json');
writeFileSync(organisationFile, JSON.stringify({ ...JSON.parse(readFileSync('config/organisation.json', 'utf8')), neighbourhoods: { names: ['Lindenhoven-Noord', 'Lindenhoven-Zuid', 'De Beemd'] } }));
// The shipped map with two collective offers about housing: one for Lindenhoven-Noord, one for another wijk.
const socialMapFile = join(configurationFolder, 'social-map.json');
const shippedMap = JSON.parse(readFileSync('config/social-map.json', 'utf8'));
const housingOffer = (name: string, neighbourhood: string) => ({ name, description: 'Samen met buren en de woningcorporatie.', topics: ['housing'], place: 'Buurthuis De Linde, Kastanjelaan 12', hours: 'dinsdag 19:30', kind: 'collective', neighbourhoods: [neighbourhood] });
writeFileSync(socialMapFile, JSON.stringify({ ...shippedMap, offers: [...shippedMap.offers, housingOffer('Bewonersavond vocht en schimmel', 'Lindenhoven-Noord'), housingOffer('Huurdersspreekuur Zuid', 'Lindenhoven-Zuid')] }));

describe.skipIf(!browserAvailable)('the coordinators\' dashboard', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser({}, { ORGANISATION_FILE: organisationFile, SOCIAL_MAP_FILE: socialMapFile });
  let server: TestServer;
  let counter = 0;
  let coraId = '';

  /** A case opened `weeksAgo` weeks ago (as the intake's turn writes it), claimed half an hour later, answered after 45 minutes and optionally closed. */
  async function seed(topic: TopicId, neighbourhood: string | null, weeksAgo: number, outcome: 'answered' | 'referred' | null = null) {
    const at = new Date(Date.now() - weeksAgo * week - (counter += 1) * 60_000);
    const store = server.runtime.store;
    const { conversationId, caseId } = await seedReportCase(store, topic, neighbourhood, at);
    await store.claimCase(caseId, 'nobody', new Date(at.getTime() + 30 * 60_000));
    // The worker's first answer, a quarter of an hour after the pick-up.
    await store.appendMessages(conversationId, [{ direction: 'outbound', author: 'worker', text: 'Dag, ik ben Anna', kind: 'text', workerId: 'nobody', createdAt: new Date(at.getTime() + 45 * 60_000) }]);
    if (outcome) {
      await store.closeCase(caseId, outcome, new Date(at.getTime() + 60 * 60_000), 'nobody', { category: outcome, partner: outcome === 'referred' ? 'schuldhulp' : null, improvedDomains: [] });
    }
  }

  async function signIn(page: Page, username: string) {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('#who').filter({ hasText: 'Ingelogd' }).waitFor();
  }

  /** A coordinator's dashboard on a wide screen. */
  async function coordinatorDashboard(): Promise<Page> {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page, 'cora');
    await page.goto(`${server.baseUrl}/inbox/dashboard.html`);
    return page;
  }

  beforeAll(async () => {
    server = harness.server;
    const cora = await server.addWorker('cora', password, 'Cora Coördinator');
    await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
    coraId = cora.id;
    await server.addWorker('willem', password, 'Willem');
    // Housing in Lindenhoven-Noord: 7 in the last two weeks, 3 in the twelve weeks before: a signal.
    for (let index = 0; index < 7; index += 1) await seed('housing', 'Lindenhoven-Noord', 1, index < 5 ? 'answered' : null);
    for (const weeksAgo of [5, 9, 13]) await seed('housing', 'Lindenhoven-Noord', weeksAgo);
    // Six carers in De Beemd, three debt cases without a neighbourhood: the debts are suppressed.
    for (let index = 0; index < 6; index += 1) await seed('caregiving', 'De Beemd', 2, 'referred');
    // Four collective offers started last week for cells that are no signal now: under 5, so not shown yet.
    for (const [neighbourhood, topic] of [['Lindenhoven-Zuid', 'loneliness'], ['Lindenhoven-Zuid', 'money'], ['Lindenhoven-Zuid', 'housing'], ['De Beemd', 'housing']] as const) {
      await server.runtime.store.startCollectiveOffer({ neighbourhood, topic, offer: 'Buurtkamer', startedBy: cora.id, startedAt: new Date(Date.now() - week) }, new Date(0));
    }
    for (let index = 0; index < 3; index += 1) await seed('money', null, 1);
    // Six residents stopped at the contact question two days ago, one is still busy with it: the busy one is not counted.
    for (const hoursAgo of [48, 48, 48, 48, 48, 48, 1]) {
      const at = new Date(Date.now() - hoursAgo * 60 * 60_000);
      const conversation = await server.runtime.store.openConversation({ channel: 'web', chatId: `stopped-${hoursAgo}-${(counter += 1)}` }, at);
      await server.runtime.store.saveTurn(conversation.id, { state: { ...initialDialogueState(), phase: 'contact' }, expectedVersion: conversation.version, messages: [], at });
    }
  }, 120_000);

  it('shows a coordinator the counts as tables and bars, hides small numbers, and shows the signal card', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    await signIn(page, 'cora');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Signalen' }).waitFor();
    const topics = page.getByRole('table', { name: 'Onderwerp (cijfers)' });
    await expect.poll(() => topics.getByRole('row', { name: /Mantelzorg/ }).textContent()).toMatch(/Mantelzorg\s*6$/);
    expect(await topics.getByRole('row', { name: /Geld en schulden/ }).textContent()).toMatch(/Geld en schulden\s*—$/);
    expect(await topics.getByRole('row', { name: /^Wonen/ }).textContent()).toMatch(/Wonen\s*7$/);
    // Both rose well above their own level: housing in Lindenhoven-Noord, and carers in De Beemd (none before).
    expect(await page.locator('.signal h3').allTextContents()).toEqual(['Mantelzorg in De Beemd', 'Wonen in Lindenhoven-Noord']);
    const housing = page.locator('.signal').filter({ hasText: 'Wonen in Lindenhoven-Noord' });
    expect(await housing.textContent()).toContain('7 vragen over wonen in Lindenhoven-Noord in 3 weken; de 12 weken daarvoor 1,1 per maand.');
    const figures = page.getByRole('list', { name: 'Kerncijfers' });
    expect(await figures.textContent()).toContain('16Zaken geopend');
    expect(await figures.textContent()).toContain('30 minOpgepakt na (mediaan)');
    expect(await figures.textContent()).toContain('45 minEerste antwoord na (mediaan)');
    expect(await figures.textContent()).toContain('—Collectief aanbod gestart');
    const stopped = page.getByRole('table', { name: /^Gestopt in de intake/ });
    expect(await stopped.getByRole('caption').textContent()).toBe('Gestopt in de intake (6 gesprekken, 24 uur stil) (cijfers)');
    expect(await stopped.getByRole('row', { name: /Hoe we contact opnemen/ }).textContent()).toMatch(/contact opnemen\s*6$/);
    await stopped.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-intake-1280');
    expect(await page.getByRole('img', { name: /^Onderwerp: / }).getAttribute('aria-label')).toMatch(/Wonen 7, Mantelzorg 6$/);
    const href = await page.getByRole('link', { name: 'Download CSV voor de gemeente' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/inbox\/report\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV voor de gemeente' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Onderwerp;Mantelzorg;6');
    expect(csv).toContain('Onderwerp;Geld en schulden;\r\n');
    await screenshot(page, 'dashboard-1280');
    await page.evaluate(() => window.scrollTo(0, (document.querySelector('.panels') as HTMLElement).offsetTop - 8));
    await screenshot(page, 'dashboard-panels-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets a coordinator start a collective offer on a signal card, and then shows who started which offer when', async () => {
    const page = await coordinatorDashboard();
    const housing = page.getByRole('article', { name: 'Wonen in Lindenhoven-Noord' });
    await housing.waitFor();
    // Only the collective offer for this wijk; the one for Lindenhoven-Zuid is not listed.
    expect(await housing.getByRole('listitem').allTextContents()).toEqual(['Bewonersavond vocht en schimmel, Buurthuis De Linde, Kastanjelaan 12, dinsdag 19:30']);
    await housing.getByRole('button', { name: 'Start collectief aanbod' }).click();
    await housing.getByRole('radio', { name: 'Bewonersavond vocht en schimmel' }).check();
    await housing.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-signal-start-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await housing.getByRole('button', { name: 'Vastleggen' }).click();
    const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    const started = `Gestart op ${today} door Cora Coördinator: Bewonersavond vocht en schimmel`;
    await housing.getByText(started).waitFor();
    expect(await housing.getByRole('button', { name: 'Start collectief aanbod' }).count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain('Collectief aanbod vastgelegd');
    await screenshot(page, 'dashboard-signal-started-1280');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The carers' card in De Beemd has no offer on the map: a new one in the coordinator's words.
    const carers = page.getByRole('article', { name: 'Mantelzorg in De Beemd' });
    await carers.getByRole('button', { name: 'Start collectief aanbod' }).click();
    await carers.getByRole('textbox', { name: 'Nieuw aanbod' }).fill('Mantelzorgcafé De Beemd');
    await carers.getByRole('button', { name: 'Vastleggen' }).click();
    await carers.getByText(`Gestart op ${today} door Cora Coördinator: Mantelzorgcafé De Beemd`).waitFor();
    // After a reload both cards still say it.
    await page.reload();
    await housing.getByText(started).waitFor();
    expect(await page.getByRole('button', { name: 'Start collectief aanbod' }).count()).toBe(0);
    // With the four started before, six in the period: now the count is shown.
    expect(await page.getByRole('list', { name: 'Kerncijfers' }).textContent()).toContain('6Collectief aanbod gestart');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await harness.newPage({ width: 360, height: 800 }, true);
    await signIn(page, 'cora');
    await page.goto(`${server.baseUrl}/inbox/dashboard.html`);
    await page.getByRole('heading', { name: 'Signalen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'dashboard-360');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('updates its figures live while open: a new case, its pick-up and its close change the figures without a reload, said in the status line', async () => {
    const page = await coordinatorDashboard();
    const figures = page.getByRole('list', { name: 'Kerncijfers' });
    await figures.waitFor();
    await page.locator('body[data-live="true"]').waitFor();
    const figure = async (label: string) => (await figures.getByRole('listitem').filter({ hasText: label }).locator('.number').textContent())?.trim();
    const before = Number(await figure('Zaken geopend'));
    expect(before).toBeGreaterThanOrEqual(5);
    // A mark on this document: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // A resident asks for a person through the core: the case opens, and the open dashboard hears it.
    const resident = createResident(() => server.runtime);
    await resident.send('mens');
    await expect.poll(() => figure('Zaken geopend'), { timeout: 15_000 }).toBe(String(before + 1));
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^Cijfers bijgewerkt om \d\d:\d\d na een nieuwe zaak\.$/);
    await screenshot(page, 'dashboard-live-1280');

    // Picked up and closed with an outcome a moment later: one refresh after the interval, both said.
    const waiting = await server.runtime.store.listCases({ statuses: ['waiting'] }); // the seeded cases are claimed or closed
    expect(waiting).toHaveLength(1);
    const opened = waiting[0];
    await server.runtime.desk.claim(opened!.id, coraId);
    await server.runtime.desk.close(opened!.id, coraId, 'beantwoord');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/na een opgepakte zaak en een afgesloten zaak\.$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('tells a plain worker that only coordinators see it, and shows no dashboard link in the inbox', async () => {
    const page = await harness.newPage();
    await signIn(page, 'willem');
    expect(await page.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/inbox/dashboard.html`);
    await page.getByRole('alert').filter({ hasText: 'Alleen coördinatoren zien het dashboard.' }).waitFor();
    expect(await page.locator('.panel').count()).toBe(0);
  });
});
