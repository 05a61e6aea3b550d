import type { Page } from 'playwright-core';

/** Small helpers for browser tests of the widget: it lives in an open shadow root. */
export interface Box { top: number; bottom: number; left: number; right: number; width: number; height: number }

export async function openWidget(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('button.launcher').click();
  await page.locator('section.panel').waitFor({ state: 'visible' });
}

/** Types a message and waits for the assistant's answer to it (the resident's line plus at least one reply). */
export async function say(page: Page, text: string): Promise<void> {
  const before = await page.locator('.log li').count();
  await page.locator('#inloop-input').fill(text);
  await page.locator('#inloop-input').press('Enter');
  await page.waitForFunction((count) => document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll('.log li').length > count + 1, before);
}

/** "hallo", then "weet ik niet": the assistant offers the six domains as buttons. */
export async function reachSixChoices(page: Page): Promise<void> {
  await say(page, 'hallo');
  await say(page, 'weet ik niet');
  await page.locator('.quick-replies button').nth(5).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The viewport rectangle of a selector inside the widget (the last match). */
export function widgetBox(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((query) => {
    const nodes = document.querySelector('[data-inloop-widget]')!.shadowRoot!.querySelectorAll(query);
    const node = nodes[nodes.length - 1];
    if (!node) return null;
    const { top, bottom, left, right, width, height } = node.getBoundingClientRect();
    return { top, bottom, left, right, width, height };
  }, selector);
}

/**
 * Whether the element is really seen at a point near its bottom and at its middle: what the browser
 * hit-tests there (in the shadow root) is the element or inside it, and the point is in the viewport.
 */
export function visibleAt(page: Page, selector: string, where: 'middle' | 'end' = 'middle'): Promise<boolean> {
  return page.evaluate(([query, place]) => {
    const shadow = document.querySelector('[data-inloop-widget]')!.shadowRoot!;
    const nodes = shadow.querySelectorAll(query);
    const node = nodes[nodes.length - 1];
    if (!node) return false;
    const box = node.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = place === 'end' ? box.bottom - 4 : box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = shadow.elementFromPoint(x, y);
    return Boolean(hit && (hit === node || node.contains(hit)));
  }, [selector, where] as const);
}

/** The focused element inside the widget (or the page's, when focus left it), described briefly. */
export function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'none';
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.className ? `.${String(active.className).split(' ').join('.')}` : ''}`;
  });
}

/** WCAG contrast ratio of two CSS rgb() colours as the browser computes them. */
export function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
      const scaled = Number(part) / 255;
      return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}
