import type { CrisisId } from '../taxonomy/index.js';

export const safetyTiers = ['crisis', 'concern', 'none'] as const;
export type SafetyTier = (typeof safetyTiers)[number];

/** What the safety check found in one message. */
export interface SafetySignal {
  tier: SafetyTier;
  /** Set when the tier is crisis. */
  crisis: CrisisId | null;
  /** Set when the tier is concern: the crisis the safety question asks about. */
  concern: CrisisId | null;
  /** The message is about someone else: bystander advice instead of advice to the writer. */
  bystander: boolean;
}

export const noSafetySignal: SafetySignal = { tier: 'none', crisis: null, concern: null, bystander: false };
