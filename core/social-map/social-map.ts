import { z } from 'zod';
import { topicIds, type TopicId } from '../taxonomy/index.js';

/** `collective`: a group or activity residents join together (koffieochtend, taalcafé); `individual`: help for one resident. */
export const socialOfferKinds = ['individual', 'collective'] as const;

export const socialOfferSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  topics: z.array(z.enum(topicIds)).min(1),
  place: z.string().min(1),
  hours: z.string().min(1),
  link: z.string().url().nullable().default(null),
  /** Signal cards list only collective offers (docs/coordinators.md "Signals"). */
  kind: z.enum(socialOfferKinds).default('individual'),
  /** The wijken (organisation.json names, or four postcode digits) the offer is for; empty: every wijk. */
  neighbourhoods: z.array(z.string().trim().min(1)).default([]),
});
/** A partner a worker refers a case to (warm referral): they contact the resident, who agreed to what is shared. */
export const referralPartnerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().min(1),
  /** How to reach them, for the worker. */
  contact: z.string().min(1),
});
export const socialMapSchema = z.object({ offers: z.array(socialOfferSchema), partners: z.array(referralPartnerSchema).default([]) });
export type ReferralPartner = z.infer<typeof referralPartnerSchema>;
export type SocialOffer = z.infer<typeof socialOfferSchema>;
export type SocialMap = z.infer<typeof socialMapSchema>;

/** The offer that fits the resident's topics best: most shared topics, the best topic weighing most. */
export function findOffer(map: SocialMap, topics: TopicId[]): SocialOffer | null {
  let best: { offer: SocialOffer; score: number } | null = null;
  for (const offer of map.offers) {
    const score = topics.reduce((sum, topic, rank) => (offer.topics.includes(topic) ? sum + 1 / (rank + 1) : sum), 0);
    if (score > 0 && (!best || score > best.score)) best = { offer, score };
  }
  return best?.offer ?? null;
}

/** The collective offers for a signal's topic and wijk: every wijk's, and those the map names this wijk for (case ignored). */
export function collectiveOffersFor(map: SocialMap, topic: TopicId, neighbourhood: string): SocialOffer[] {
  const wijk = neighbourhood.toLocaleLowerCase('nl');
  return map.offers.filter((offer) => offer.kind === 'collective' && offer.topics.includes(topic)
    && (offer.neighbourhoods.length === 0 || offer.neighbourhoods.some((name) => name.toLocaleLowerCase('nl') === wijk)));
}
