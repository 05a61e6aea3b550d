import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(chromiumPath);
export const browserRequired = process.env.REQUIRE_BROWSER === '1';
export const artifactDirectory = join(process.cwd(), 'tests', 'artifacts', 'web');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactDirectory, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Fails the test on anything that leaves loopback, so a test can never reach the outside world by accident. */
export async function keepOnLoopback(page: Page, neutralExitHtml = '<!doctype html><title>Weer</title><h1>Het weer</h1>'): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    // The quick-exit destination is answered locally; anything else outside loopback is refused.
    if (route.request().url().startsWith('https://www.google.com/')) return route.fulfill({ contentType: 'text/html', body: neutralExitHtml });
    return route.abort();
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe violations on the page, open shadow roots included. axe is evaluated
 * through the DevTools protocol rather than added as a <script>, because the page's CSP (rightly)
 * refuses inline scripts.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
}

export function screenshot(page: Page, name: string) {
  return page.screenshot({ path: join(artifactDirectory, `${name}.png`), fullPage: false });
}

/**
 * The setup every browser test file repeats: a real web server on loopback and one chromium for
 * the file, both gone after it. Read `harness.server` and `harness.browser` inside tests.
 */
export function useServerAndBrowser(
  options: Parameters<typeof startTestServer>[0] = {},
  environment: Parameters<typeof startTestServer>[1] = {},
): { server: TestServer; browser: Browser; newPage(viewport?: { width: number; height: number }, phone?: boolean): Promise<Page> } {
  const harness = {} as { server: TestServer; browser: Browser; newPage(viewport?: { width: number; height: number }, phone?: boolean): Promise<Page> };
  harness.newPage = async (viewport = { width: 1280, height: 800 }, phone = false) => {
    const page = await (await harness.browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) })).newPage();
    await keepOnLoopback(page);
    return page;
  };
  beforeAll(async () => {
    harness.server = await startTestServer(options, environment);
    harness.browser = await launchBrowser();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.stop();
  });
  return harness;
}
