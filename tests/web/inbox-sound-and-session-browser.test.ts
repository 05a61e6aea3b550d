import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshot, seriousAccessibilityViolations, useServerAndBrowser } from './browser-harness.js';
import { createWebClient } from './web-client.js';

// Issue 20: the inbox's tones (a mute that is remembered, a crisis tone of its own) and the warning
// before the worker's session ends with "Blijf ingelogd" (WCAG 2.2.1).
const password = 'correct horse battery';

/** Records the frequency of every tone the page starts, since a test cannot listen. */
async function recordTones(page: Page) {
  await page.addInitScript(() => {
    const tones: number[] = [];
    (window as unknown as { recordedTones: number[] }).recordedTones = tones;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: Parameters<OscillatorNode['start']>) {
      tones.push(this.frequency.value);
      return start.apply(this, args);
    };
  });
}
const tonesSoFar = (page: Page) => page.evaluate(() => (window as unknown as { recordedTones: number[] }).recordedTones.splice(0));

async function signIn(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/inbox`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForFunction(() => document.body.dataset.live === 'true');
}

describe.skipIf(!browserAvailable)('inbox tones: a crisis sounds different, and a mute is remembered', { timeout: 180_000 }, () => {
  const harness = useServerAndBrowser();

  async function residentAsks(...lines: string[]) {
    const client = createWebClient(harness.server.baseUrl);
    const { token } = await client.startConversation();
    for (const line of lines) await client.say(token, line);
  }

  it('plays one soft tone for a case, the three-note crisis tone for a crisis, and nothing once muted, also after a reload', async () => {
    await harness.server.addWorker('anna', password, 'Anna de Vries');
    const page = await harness.newPage({ width: 1280, height: 800 });
    await recordTones(page);
    await signIn(page, harness.server.baseUrl, 'anna');
    expect(await page.locator('#sound-toggle').textContent()).toBe('Geluid uit');

    await residentAsks('Mijn buurman maakt elke nacht herrie en ik slaap niet meer', 'mens');
    await page.waitForFunction(() => (window as unknown as { recordedTones: number[] }).recordedTones.length > 0);
    expect(await tonesSoFar(page)).toEqual([880]);

    await residentAsks('Ik wil niet meer leven, ik zie het niet meer zitten');
    await page.waitForFunction(() => (window as unknown as { recordedTones: number[] }).recordedTones.length >= 3);
    const crisis = await tonesSoFar(page);
    expect(crisis.slice(0, 3)).toEqual([988, 740, 988]);
    expect(crisis).not.toContain(880);

    await page.locator('#sound-toggle').click();
    expect(await page.locator('#sound-toggle').textContent()).toBe('Geluid aan');
    await page.locator('#live-status').filter({ hasText: 'Geluid staat uit.' }).waitFor();
    const queueLength = await page.locator('.queue-item').count();
    await residentAsks('Ik heb schulden en de deurwaarder komt volgende week', 'mens');
    await page.locator('.queue-item').nth(queueLength).waitFor();
    expect(await tonesSoFar(page)).toEqual([]);

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.live === 'true');
    expect(await page.locator('#sound-toggle').textContent()).toBe('Geluid aan');
    expect(await page.evaluate(() => localStorage.getItem('inloop-inbox-sound'))).toBe('off');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-sound-muted');
    await page.context().close();
  });
});

describe.skipIf(!browserAvailable)('inbox session: a warning before it ends, and "Blijf ingelogd" renews it', { timeout: 180_000 }, () => {
  // A one-minute session warned 55 seconds ahead: the warning comes about five seconds after signing in.
  const harness = useServerAndBrowser({}, { WORKER_SESSION_MINUTES: '1', WORKER_SESSION_WARNING_SECONDS: '55' });

  it('renews only with the CSRF token, with a new cookie, the old one then refused and the CSRF token kept', async () => {
    await harness.server.addWorker('bea', password, 'Bea Jansen');
    const client = createWebClient(harness.server.baseUrl);
    const session = await client.login('bea', password);
    expect(session.body.session).toMatchObject({ warningSeconds: 55 });
    expect(session.body.session.expiresInSeconds).toBeLessThanOrEqual(60);
    const worker = client.worker(session);
    expect((await worker('/api/inbox/session/renew', {}, false)).status).toBe(403);
    const renewed = await fetch(`${harness.server.baseUrl}/api/inbox/session/renew`, {
      method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{}',
    });
    expect(renewed.status).toBe(200);
    const newCookie = (renewed.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(newCookie).not.toBe(session.cookie);
    expect((await worker('/api/inbox/me')).status).toBe(401);
    const renewedWorker = client.worker({ cookie: newCookie, csrfToken: session.csrfToken });
    expect((await renewedWorker('/api/inbox/me')).body).toMatchObject({ csrfToken: session.csrfToken });
    expect((await renewedWorker('/api/inbox/session/renew', {})).status).toBe(200);
  });

  it('warns in a role=alert region before the end, and "Blijf ingelogd" extends the session', async () => {
    await harness.server.addWorker('cor', password, 'Cor Bakker');
    const page = await harness.newPage({ width: 1280, height: 800 });
    await signIn(page, harness.server.baseUrl, 'cor');
    const warning = page.locator('#session-warning');
    await warning.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await warning.getAttribute('role')).toBe('alert');
    expect(await warning.textContent()).toMatch(/Je sessie loopt over 1 minuut af/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-session-warning');
    const expiresAt = async () => page.evaluate(async () => (await (await fetch('/api/inbox/me')).json()).session.expiresAt as string);
    const before = await expiresAt();
    await page.getByRole('button', { name: 'Blijf ingelogd' }).click();
    await page.locator('#live-status').filter({ hasText: /Je blijft ingelogd tot \d\d:\d\d/ }).waitFor();
    expect(await warning.isHidden()).toBe(true);
    expect(Date.parse(await expiresAt())).toBeGreaterThan(Date.parse(before));
    expect(await page.evaluate(async () => (await fetch('/api/inbox/cases')).status)).toBe(200);
    await page.context().close();
  });
});
