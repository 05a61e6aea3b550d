import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './start-test-server.js';
import { browserAvailable, keepOnLoopback, launchBrowser, screenshot, seriousAccessibilityViolations } from './browser-harness.js';

const password = 'correct horse battery';

// web-browser.test.ts checks that a browser is there (and fails without one under REQUIRE_BROWSER=1).
describe.skipIf(!browserAvailable)('a crisis and the safety question in the widget and the inbox', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let resident: Page;
  let worker: Page;

  async function residentSays(text: string) {
    await resident.locator('#inloop-input').fill(text);
    await resident.keyboard.press('Enter');
  }

  beforeAll(async () => {
    server = await startTestServer();
    await server.addWorker('anna', password, 'Anna de Vries');
    browser = await launchBrowser();
    resident = await (await browser.newContext({ viewport: { width: 420, height: 800 }, isMobile: true, hasTouch: true })).newPage();
    worker = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await keepOnLoopback(resident);
    await keepOnLoopback(worker);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks the safety question with buttons and the numbers as links; a no is kept', async () => {
    await resident.goto(`${server.baseUrl}/`);
    await resident.locator('button.launcher').click();
    await residentSays('het heeft allemaal geen nut meer, al die rekeningen');
    // .first(): under a loaded CI the widget once showed this message twice (a reply frame and the stored
    // message both arriving; the two ways back to the socket are issue 15's). What is tested here is the question itself.
    const question = resident.locator('.log li.assistant.crisis').filter({ hasText: 'Denk je erover om een eind aan je leven te maken?' }).first();
    await question.waitFor();
    expect(await question.locator('a[href="tel:08000113"]').count()).toBe(1);
    expect(await question.locator('a[href="https://113.nl"]').count()).toBe(1);
    await resident.getByRole('button', { name: 'Nee' }).first().click();
    // This wait once timed out under a loaded CI and passed alone: when it fails, say what the widget showed instead.
    await resident.locator('.log li.assistant').filter({ hasText: 'Dank je voor je antwoord' }).waitFor().catch(async (error: unknown) => {
      const shown = await resident.locator('.log li, .status').allInnerTexts();
      throw new Error(`no answer to "Nee"; the widget showed: ${JSON.stringify(shown)}`, { cause: error });
    });
  });

  it('shows a crisis answer styled as such, with tap-to-call links, also after a reload', async () => {
    await residentSays('ik wil niet meer leven, ik heb de pillen al klaarliggen');
    const answer = resident.locator('.log li.crisis').filter({ hasText: 'Zelfmoordpreventie' }).first();
    await answer.waitFor();
    expect(await answer.locator('a[href="tel:113"]').count()).toBeGreaterThanOrEqual(1);
    expect(await answer.locator('a[href="tel:112"]').count()).toBe(1);
    const border = await answer.evaluate((node) => getComputedStyle(node).borderTopColor);
    expect(border).toBe('rgb(163, 0, 27)');
    await screenshot(resident, 'widget-crisis-answer');
    await resident.reload();
    await resident.locator('.log li.crisis a[href="tel:113"]').first().waitFor();
    expect(await seriousAccessibilityViolations(resident)).toEqual([]);
  });

  it('shows the worker the crisis case first, the safety question and its answer on the card, and the crisis answers marked', async () => {
    await worker.goto(`${server.baseUrl}/inbox`);
    await worker.getByLabel('Gebruikersnaam').fill('anna');
    await worker.getByLabel('Wachtwoord').fill(password);
    await worker.getByRole('button', { name: 'Inloggen' }).click();
    const first = worker.locator('.queue-item').first();
    await first.waitFor();
    await first.click();
    await worker.locator('#card dl').getByText(/Gesteld over zelfdoding .*antwoord: nee/).waitFor();
    await worker.locator('#card dl dd').getByText('CRISIS (zelfdoding)', { exact: true }).waitFor();
    expect(await worker.locator('.transcript li.crisis').count()).toBeGreaterThanOrEqual(2);
    await screenshot(worker, 'worker-card-safety-question');
  });

  it('tells a worker at once when a resident in a crisis writes of more risk', async () => {
    await residentSays('ik sta nu op het dak van de flat');
    await worker.locator('#live-status').getByText('Crisis gemeld in een zaak').waitFor();
  });
});
