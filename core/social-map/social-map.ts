import { z } from 'zod';
import { topicIds, type TopicId } from '../taxonomy/index.js';

export const socialOfferSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  topics: z.array(z.enum(topicIds)).min(1),
  place: z.string().min(1),
  hours: z.string().min(1),
  link: z.string().url().nullable().default(null),
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
