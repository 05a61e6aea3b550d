import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserRequired, chromiumPath, useServerAndBrowser } from '../web/browser-harness.js';
import { repositoryRoot } from './markdown-links.js';

/**
 * The README's two pictures, made from the real product: the widget after a hand-off and the inbox
 * with that case claimed. They land in tests/artifacts/docs/; with UPDATE_DOCS_IMAGES=1 also in
 * docs/images/, which is committed (so a plain `npm test` leaves the working tree as it was).
 */
const artifactFolder = path.join(repositoryRoot, 'tests', 'artifacts', 'docs');
const imageFolders = [artifactFolder, ...(process.env.UPDATE_DOCS_IMAGES === '1' ? [path.join(repositoryRoot, 'docs', 'images')] : [])];
const password = 'correct horse battery';

async function picture(page: Page, name: string): Promise<Buffer> {
  // From the top of the page, with nothing focused: the picture shows the page as it opens.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const image = await page.screenshot({ fullPage: false });
  for (const folder of imageFolders) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${name}.png`), image);
  }
  return image;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(image: Buffer): { width: number; height: number } {
  expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) };
}

it('has a browser to make the pictures with (required when REQUIRE_BROWSER=1)', () => {
  if (browserRequired) expect(browserAvailable, `${chromiumPath} is missing; apt-get install -y chromium`).toBe(true);
  else if (!browserAvailable) console.warn(`Documentation screenshots skipped: ${chromiumPath} not found.`);
});

describe.skipIf(!browserAvailable)('the pictures of the README', { timeout: 120_000 }, () => {
  const harness = useServerAndBrowser();
  let resident: Page;

  it('shows the widget on the demo site after a resident was handed to a worker', async () => {
    await harness.server.addWorker('anna', password, 'Anna de Vries');
    resident = await harness.newPage({ width: 1100, height: 760 });
    await resident.goto(`${harness.server.baseUrl}/`);
    await resident.locator('button.launcher').click();
    const input = resident.locator('#inloop-input');
    const says = async (text: string) => {
      const before = await resident.locator('.log li').count();
      await input.fill(text);
      await resident.keyboard.press('Enter');
      await resident.waitForFunction((count) => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li').length > count + 1, before);
    };
    await says('Ik heb schulden en de deurwaarder komt volgende week');
    for (const answer of ['Ongeveer 3000 euro bij de energie', 'Nog niks, mijn zus weet ervan', 'Een plan om het af te betalen']) {
      if (await resident.getByRole('button', { name: 'Ja, dat klopt' }).isVisible()) break;
      await says(answer);
    }
    await resident.getByRole('button', { name: 'Ja, dat klopt' }).click();
    await resident.getByRole('button', { name: 'Hier in de chat' }).click();
    await resident.getByRole('button', { name: 'Ja, dat mag' }).click();
    await resident.locator('.log li.assistant').last().filter({ hasText: 'doorgegeven' }).waitFor();
    const size = pngSize(await picture(resident, 'widget'));
    expect(size).toEqual({ width: 1100, height: 760 });
  });

  it('shows the inbox with that case claimed and answered', async () => {
    const worker = await harness.newPage({ width: 1280, height: 800 });
    await worker.goto(`${harness.server.baseUrl}/inbox`);
    await worker.getByLabel('Gebruikersnaam').fill('anna');
    await worker.getByLabel('Wachtwoord').fill(password);
    await worker.getByRole('button', { name: 'Inloggen' }).click();
    await worker.locator('.queue-item').first().filter({ hasText: 'deurwaarder' }).click();
    await worker.getByRole('button', { name: 'Oppakken' }).click();
    await worker.getByLabel('Bericht aan de inwoner').fill('Hoi, ik ben Anna van het wijkteam. Ik kijk met je mee naar de brief van de deurwaarder.');
    await worker.getByRole('button', { name: 'Verstuur' }).click();
    await resident.locator('.log li.worker').filter({ hasText: 'Ik kijk met je mee' }).waitFor();
    await worker.locator('.transcript li').filter({ hasText: 'Ik kijk met je mee' }).waitFor();
    await expect.poll(() => worker.locator('#card').innerText()).toContain('Hier in de chat');
    const size = pngSize(await picture(worker, 'inbox'));
    expect(size).toEqual({ width: 1280, height: 800 });
    expect(readFileSync(path.join(artifactFolder, 'inbox.png')).length).toBeGreaterThan(20_000);
  });
});
