import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './start-test-server.js';
import { browserAvailable, browserRequired, chromiumPath, keepOnLoopback, launchBrowser, screenshot, seriousAccessibilityViolations } from './browser-harness.js';

const password = 'correct horse battery';
const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

it('has a browser to test with (required when REQUIRE_BROWSER=1)', () => {
  if (browserRequired) expect(browserAvailable, `${chromiumPath} is missing; apt-get install -y chromium`).toBe(true);
  else if (!browserAvailable) console.warn(`Browser tests skipped: ${chromiumPath} not found (apt-get install -y chromium, or set REQUIRE_BROWSER=1 to fail).`);
});

describe.skipIf(!browserAvailable)('web channel in a real browser', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let residentContext: BrowserContext;
  let workerContext: BrowserContext;
  let resident: Page;
  let worker: Page;
  const cspErrors: string[] = [];

  const residentMessages = () => resident.locator('.log li');
  const lastAssistantText = () => resident.locator('.log li.assistant').last();
  async function residentSays(text: string) {
    await resident.locator('#inloop-input').fill(text);
    await resident.keyboard.press('Enter');
  }
  async function watch(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await keepOnLoopback(page);
  }

  beforeAll(async () => {
    server = await startTestServer();
    await server.addWorker('anna', password, 'Anna de Vries');
    browser = await launchBrowser();
    residentContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    workerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    resident = await residentContext.newPage();
    worker = await workerContext.newPage();
    await watch(resident);
    await watch(worker);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the widget by keyboard without storing anything before it is opened', async () => {
    await resident.goto(`${server.baseUrl}/`);
    await expect(resident.locator('h1')).toBeDefined();
    expect(await resident.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    const launcher = resident.locator('button.launcher');
    await launcher.focus();
    await resident.keyboard.press('Enter');
    await resident.locator('section.panel').waitFor({ state: 'visible' });
    expect(await resident.evaluate(() => (document.querySelector('[data-inloop-widget]')!.shadowRoot!.activeElement as HTMLElement).id)).toBe('inloop-input');
    await resident.locator('.intro').getByText('digitale assistent, geen mens').waitFor();
    await resident.locator('.notice').filter({ hasText: /sociaal werker/ }).waitFor();
    await resident.keyboard.press('Escape');
    await resident.locator('section.panel').waitFor({ state: 'hidden' });
    expect(await resident.evaluate(() => (document.querySelector('[data-inloop-widget]')!.shadowRoot!.activeElement as HTMLElement)?.className)).toBe('launcher');
    await resident.keyboard.press('Enter');
    await resident.locator('section.panel').waitFor({ state: 'visible' });
    await resident.waitForFunction(() => localStorage.getItem('inloop-widget-token') !== null);
  });

  it('goes through the intake to a hand-off, with quick replies as buttons', async () => {
    await residentSays('Ik heb schulden en de deurwaarder komt volgende week');
    await resident.locator('.log li.assistant').filter({ hasText: 'digitale assistent' }).waitFor();
    // Answer the follow-up questions until the summary asks for confirmation.
    for (const answer of ['Ongeveer 3000 euro bij de energie', 'Nog niks, mijn zus weet ervan', 'Een plan om het af te betalen']) {
      const confirm = resident.getByRole('button', { name: 'Ja, dat klopt' });
      if (await confirm.isVisible()) break;
      const before = await residentMessages().count();
      await residentSays(answer);
      await resident.waitForFunction((count) => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li').length > count + 1, before);
    }
    await resident.getByRole('button', { name: 'Ja, dat klopt' }).click();
    await resident.getByRole('button', { name: 'Hier in de chat' }).click();
    await resident.getByRole('button', { name: 'Ja, dat mag' }).click();
    await lastAssistantText().filter({ hasText: 'doorgegeven' }).waitFor();
    expect(await seriousAccessibilityViolations(resident)).toEqual([]);
    await screenshot(resident, 'resident-handoff');
  });

  it('shows the worker the case at the top; claiming and replying reach the resident live, and back', async () => {
    await worker.goto(`${server.baseUrl}/inbox`);
    await worker.getByLabel('Gebruikersnaam').fill('anna');
    await worker.getByLabel('Wachtwoord').fill(password);
    await worker.getByRole('button', { name: 'Inloggen' }).click();
    const first = worker.locator('.queue-item').first();
    await first.filter({ hasText: 'deurwaarder' }).waitFor();
    await worker.waitForFunction(() => document.title.startsWith('(1)'));
    await first.click();
    await worker.locator('#card dl').getByText('Hier in de chat').waitFor();
    await worker.getByRole('button', { name: 'Oppakken' }).click();
    await worker.getByLabel('Bericht aan de inwoner').fill('Hoi, ik ben Anna. Ik help je graag.');
    await worker.getByRole('button', { name: 'Verstuur' }).click();
    await resident.locator('.log li.worker').filter({ hasText: 'Ik help je graag' }).waitFor();
    await residentSays('Fijn, dank je wel');
    await worker.locator('.transcript li.resident').filter({ hasText: 'Fijn, dank je wel' }).waitFor();
    expect(await seriousAccessibilityViolations(worker)).toEqual([]);
    await screenshot(worker, 'worker-card');
  });

  it('shows an HTML and script payload as text on both sides and never runs it', async () => {
    await residentSays(payload);
    await worker.locator('.transcript li.resident').filter({ hasText: 'window.__xss=1' }).waitFor();
    await worker.getByLabel('Bericht aan de inwoner').fill(payload);
    await worker.getByRole('button', { name: 'Verstuur' }).click();
    await resident.locator('.log li.worker').filter({ hasText: 'onerror' }).waitFor();
    for (const page of [resident, worker]) {
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }
    expect(await resident.evaluate(() => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log img, .log script').length)).toBe(0);
    expect(await worker.evaluate(() => document.querySelectorAll('.transcript img, .transcript script').length)).toBe(0);
  });

  it('keeps the conversation on both sides after a reload', async () => {
    await resident.reload();
    await resident.locator('.log li.worker').filter({ hasText: 'Ik help je graag' }).waitFor();
    await resident.locator('.log li.resident').filter({ hasText: 'Fijn, dank je wel' }).waitFor();
    await worker.reload();
    await worker.locator('.transcript li.resident').filter({ hasText: 'Fijn, dank je wel' }).waitFor();
    await worker.waitForFunction(() => document.body.dataset.live === 'true');
    await residentSays('Nog een vraag na het herladen');
    await worker.locator('.transcript li.resident').filter({ hasText: 'na het herladen' }).waitFor();
    expect(cspErrors).toEqual([]);
  });

  it('fits a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await keepOnLoopback(page);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('button.launcher').click();
    await page.locator('section.panel').waitFor({ state: 'visible' });
    const box = await page.locator('section.panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'widget-phone-360');
    await phone.close();
  });

  it('quick exit empties the panel, forgets the token and leaves for a neutral site', async () => {
    await resident.getByRole('button', { name: /Snel weg/ }).click();
    await resident.waitForURL(/^https:\/\/www\.google\.com\//);
    await resident.getByText('Het weer').waitFor();
    await resident.goto(`${server.baseUrl}/`);
    expect(await resident.evaluate(() => localStorage.getItem('inloop-widget-token'))).toBeNull();
    await resident.locator('section.panel').waitFor({ state: 'hidden' });
    await resident.locator('button.launcher').click();
    await resident.locator('section.panel').waitFor({ state: 'visible' });
    // A fresh conversation: nothing of the old one comes back.
    await resident.waitForTimeout(500);
    expect(await residentMessages().count()).toBe(0);
  });
});
