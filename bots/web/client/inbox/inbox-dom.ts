// Builds DOM from text only: anything a resident or worker wrote goes in as textContent, never as HTML.
import type { CaseView, Worker } from './inbox-types.js';

/**
 * `text` becomes the text, `className` the class, `on…` a listener; any other name an attribute
 * (true: present, false, null or undefined: left out).
 */
export interface ElementProperties {
  text?: string;
  className?: string;
  [attributeOrListener: string]: string | number | boolean | null | undefined | ((event: Event) => unknown);
}

export type Child = Node | string | null | undefined | false;

/**
 * An element the page itself holds (inbox.html, dashboard.html); a missing id is a mistake in the
 * page, so it throws at once instead of failing later on null.
 */
export function byId<Kind extends HTMLElement = HTMLElement>(id: string): Kind {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as Kind;
}

export function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, properties: ElementProperties = {}, children: Child[] = []): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = value === undefined || value === null ? '' : String(value);
    else if (name === 'className') node.className = String(value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function formatWaiting(seconds: number): string {
  if (seconds < 60) return 'net binnen';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} uur ${minutes % 60} min` : `${Math.floor(hours / 24)} dagen`;
}

/** The queue's status words: "Wacht sinds 3 min" while waiting, no waiting time once someone has it or it is closed. */
export function queueStatusText(view: CaseView, workerNames: Record<string, string>): string {
  if (view.status === 'closed') return 'Gesloten';
  if (view.status === 'claimed') return `Opgepakt door ${workerNameOf(view.assigneeId, workerNames) ?? 'een collega'}`;
  return view.waitingSeconds < 60 ? 'Net binnen' : `Wacht sinds ${formatWaiting(view.waitingSeconds)}`;
}

/** Cuts at a word boundary and says so with an ellipsis. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Topics, most likely first. */
export const byConfidence = <Topic extends { confidence: number }>(topics: readonly Topic[]): Topic[] => [...topics].sort((first, second) => second.confidence - first.confidence);

/** Colleagues by id, for the names on cards, queue lines and notices. */
export const workerNamesOf = (workers: readonly Worker[]): Record<string, string> => Object.fromEntries(workers.map((worker) => [worker.id, worker.displayName]));

/** A worker's name, or undefined for nobody or someone not (or no longer) listed. */
export const workerNameOf = (id: string | null | undefined, workerNames: Record<string, string>): string | undefined => (id ? workerNames[id] : undefined);

export const crisisLabels: Record<string, string> = { suicide: 'zelfdoding', violence: 'geweld', emergency: 'noodgeval' };
export const urgencyLabels: Record<string, string> = { crisis: 'CRISIS', urgent: 'Spoed', normal: 'Normaal' };
export const authorLabels: Record<string, string> = { resident: 'Inwoner', assistant: 'Assistent', worker: 'Sociaal werker', system: 'Melding' };
