import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import type { TestServer } from './start-test-server.js';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { createWebClient } from './web-client.js';

// Issue 16 "Inbox" and the inbox half of issue 20: what a worker met in a real browser.
const password = 'correct horse battery';
const longOpening = 'Ik heb al maanden schulden bij de energie en bij de woningbouw en nu dreigt een ontruiming, ik weet echt niet meer wat ik moet doen';

describe.skipIf(!browserAvailable)('inbox defects and accessibility', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();
  let server: TestServer;
  let page: Page;
  let bea: WorkerRecord;
  let client: ReturnType<typeof createWebClient>;

  const activeId = () => page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.id || document.activeElement?.className || 'none'));
  const caseIdFor = async (words: string) => (await server.runtime.store.listCases()).find((record) => record.firstWords.includes(words))!.id;
  async function openCaseFor(words: string) {
    await page.locator('.queue-item').filter({ hasText: words }).first().click();
    await page.locator('#card-title').filter({ hasText: words.slice(0, 20) }).waitFor();
  }
  async function residentAsks(...lines: string[]) {
    const { token } = await client.startConversation();
    for (const line of lines) await client.say(token, line);
  }

  beforeAll(async () => {
    server = harness.server;
    client = createWebClient(server.baseUrl);
    await server.addWorker('anna', password, 'Anna de Vries');
    bea = await server.addWorker('bea', password, 'Bea Jansen');
    await residentAsks('Ik wil niet meer leven, ik zie het niet meer zitten');
    await residentAsks(longOpening, 'mens');
    await residentAsks('Mijn buurman maakt elke nacht herrie en ik slaap niet meer', 'mens');
    expect((await server.runtime.store.listCases()).length).toBe(3);
    page = await harness.newPage({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByLabel('Gebruikersnaam').fill('anna');
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.queue-item').nth(2).waitFor();
    await page.waitForFunction(() => document.body.dataset.live === 'true');
  });

  it('keeps the filters inside the queue column at 1280 px, and nothing scrolls sideways at 320 px', async () => {
    const column = (await page.locator('section.queue').boundingBox())!;
    for (const id of ['filter-status', 'filter-topic', 'filter-domain', 'filter-team']) {
      const box = (await page.locator(`#${id}`).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(column.x + column.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await openCaseFor('schulden');
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'inbox-card-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says the queue in plain words, the crisis in Dutch, topics by likelihood, and the title with an ellipsis', async () => {
    const meta = await page.locator('.queue-item .meta').allTextContents();
    for (const line of meta) {
      expect(line).toMatch(/(Wacht sinds \d+ (min|uur)|Net binnen)$/);
      expect(line).not.toMatch(/wacht net binnen|Wacht · wacht/);
    }
    const title = (await page.locator('#card-title').textContent())!;
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThan(75);
    const topics = (await page.locator('#card dt', { hasText: 'Onderwerpen' }).locator('xpath=following-sibling::dd[1]').textContent())!;
    const percentages = [...topics.matchAll(/(\d+)%/g)].map((match) => Number(match[1]));
    expect(percentages).toEqual([...percentages].sort((first, second) => second - first));
    await openCaseFor('niet meer leven');
    await page.locator('#card dd').filter({ hasText: 'CRISIS (zelfdoding)' }).waitFor();
    expect(await page.locator('#card').textContent()).not.toMatch(/\bsuicide\b/); // no English ids on a Dutch screen
    expect(await page.locator('.transcript li.resident .text').first().getAttribute('lang')).toBe('nl');
  });

  it('puts the reply box on the first screen after Oppakken, with focus in it and the claim announced', async () => {
    await openCaseFor('buurman');
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await page.locator('#reply-text').waitFor();
    expect(await activeId()).toBe('reply-text');
    await page.locator('#action-status').filter({ hasText: 'Je hebt de zaak opgepakt' }).waitFor();
    expect(await page.locator('#action-status').getAttribute('role')).toBe('status');
    const replyBottom = await page.evaluate(() => document.getElementById('reply-text')!.getBoundingClientRect().bottom + scrollY);
    expect(replyBottom).toBeLessThanOrEqual(900);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-card-1280');
  });

  it('empties the note field after saving, stores a double click once, and keeps focus in the field', async () => {
    await page.getByLabel(/Privé-notitie/).fill('Eerst de huisbaas bellen');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.locator('.notes li').filter({ hasText: 'Eerst de huisbaas bellen' }).waitFor();
    await page.locator('#action-status').filter({ hasText: 'Notitie opgeslagen' }).waitFor();
    expect(await page.locator('#note-text').inputValue()).toBe('');
    expect(await activeId()).toBe('note-text');
    await page.getByLabel(/Privé-notitie/).fill('Tweede notitie');
    await page.getByRole('button', { name: 'Notitie opslaan' }).dblclick();
    await page.locator('.notes li').filter({ hasText: 'Tweede notitie' }).waitFor();
    const caseId = await caseIdFor('buurman');
    await expect.poll(async () => (await server.runtime.store.listNotes(caseId)).length).toBe(2);
    expect(await page.locator('#note-text').inputValue()).toBe('');
  });

  it('closes a case with the result announced and focus on the card, and the queue says "Gesloten" only', async () => {
    await page.getByLabel('Uitkomst').selectOption('collective-offer');
    await page.getByLabel('Toelichting (optioneel)').fill('Naar buurtbemiddeling');
    await page.getByRole('button', { name: 'Zaak sluiten' }).click();
    await page.locator('#action-status').filter({ hasText: 'Zaak gesloten' }).waitFor();
    expect(await activeId()).toBe('card-title');
    await page.locator('#filter-status').selectOption('closed');
    const closed = page.locator('.queue-item').filter({ hasText: 'buurman' });
    await closed.waitFor();
    const meta = (await closed.locator('.meta').textContent())!;
    expect(meta).toMatch(/Gesloten$/);
    expect(meta).not.toMatch(/wacht/i);
    await page.locator('#filter-status').selectOption('open');
    await page.locator('.queue-item').filter({ hasText: 'buurman' }).waitFor({ state: 'detached' });
  });

  it('says clearly that a colleague won a claim race (409), and the words stay after the card updates', async () => {
    await openCaseFor('schulden');
    const caseId = await caseIdFor('schulden');
    await page.route('**/claim', async (route) => {
      await server.runtime.desk.claim(caseId, bea.id); // Bea is a moment faster
      await route.continue();
    });
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await page.locator('#action-error').filter({ hasText: 'Een collega heeft deze zaak net opgepakt' }).waitFor();
    await page.locator('#card dd').filter({ hasText: 'Opgepakt door Bea Jansen' }).waitFor();
    expect(await page.locator('#action-error').textContent()).toContain('net opgepakt');
    expect(await activeId()).not.toBe('body');
    await page.unroute('**/claim');
  });

  it('keeps focus on the same case when a new case re-renders the queue', async () => {
    const item = page.locator('.queue-item').filter({ hasText: 'niet meer leven' });
    await item.focus();
    const before = await page.locator('.queue-item').count();
    await residentAsks('Ik kan mijn huur niet betalen deze maand', 'mens');
    await page.waitForFunction((count) => document.querySelectorAll('.queue-item').length > count, before);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.caseId)).toBe(await caseIdFor('niet meer leven'));
  });

  it('shows the retention notice on the card as a visible Dutch warning', async () => {
    await server.runtime.store.noticeQuietCases(new Date(Date.now() + 60_000), new Date());
    await openCaseFor('huur');
    const notice = page.locator('#retention-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Let op: Deze casus is al \d+ dagen stil en wordt over \d+ dagen verwijderd\./);
    expect(await notice.isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
