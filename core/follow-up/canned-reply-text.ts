import { z } from 'zod';
import type { CannedReply } from '../ports/canned-reply-store.js';
import type { OfficeHours } from '../office-hours/office-hours.js';
import type { SocialOffer } from '../social-map/social-map.js';

/** The languages a canned reply is written in (the inbox's editor shows one field each). */
export const cannedReplyLanguages = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;

export const cannedReplyInputSchema = z.object({
  title: z.string().trim().min(1).max(80),
  /** Dutch is required: it is the fallback for every other language. */
  texts: z.object({ nl: z.string().trim().min(1).max(1000) }).catchall(z.string().trim().max(1000)),
});

/** The defaults shipped in config/canned-replies.json, seeded when the organisation has none. */
export const cannedReplyDefaultsSchema = z.object({
  replies: z.array(cannedReplyInputSchema.extend({ id: z.string().regex(/^[a-z0-9-]+$/) })),
});
export type CannedReplyDefaults = z.infer<typeof cannedReplyDefaultsSchema>;

export interface PlaceholderValues {
  /** {worker}: the worker's first name. */
  worker: string;
  /** {openingstijden}: office hours in the resident's language. */
  officeHours: string;
  /** {aanbod}: the social map's offer for the case's topics; a general line when none fits. */
  offer: string;
}

/** The worker's first name: what residents call them in a chat. */
export const firstName = (displayName: string) => displayName.trim().split(/\s+/)[0] ?? displayName;

/** Placeholders filled; an unknown one stays as typed so the worker sees it before sending. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const byName: Record<string, string> = { worker: values.worker, openingstijden: values.officeHours, aanbod: values.offer };
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => byName[name] ?? whole);
}

/** The reply in the case's language, else Dutch. */
export function cannedReplyText(reply: Pick<CannedReply, 'texts'>, language: string): { text: string; language: string } {
  const text = reply.texts[language]?.trim();
  return text ? { text, language } : { text: reply.texts.nl ?? '', language: 'nl' };
}

/**
 * Office hours as one short line in the resident's language ("maandag–vrijdag 09:00–17:00"):
 * consecutive days with the same hours are joined; weekday names come from Intl.
 */
export function describeOfficeHours(hours: OfficeHours, language: string): string {
  const dayName = (weekday: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + weekday)));
  const parts: string[] = [];
  // Monday first, as people say it.
  const order = [1, 2, 3, 4, 5, 6, 0];
  for (let index = 0; index < order.length; ) {
    const day = hours.days[order[index]!];
    if (!day) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < order.length && hours.days[order[end + 1]!]?.join() === day.join()) end += 1;
    const names = end === index ? dayName(order[index]!) : `${dayName(order[index]!)}–${dayName(order[end]!)}`;
    parts.push(`${names} ${day[0]}–${day[1]}`);
    index = end + 1;
  }
  return parts.join(', ');
}

/** An offer as one line: what, where, when. */
export const describeOffer = (offer: SocialOffer) => `${offer.name}, ${offer.place}, ${offer.hours}`;
