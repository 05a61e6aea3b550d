import type { ChannelId } from './conversation-ref.js';
import type { Urgency } from '../taxonomy/crisis.js';

/** How a resident's turn ended: replies given, a second delivery of a message already answered, the kind fall-back reply after a failure, or refused as busy. */
export type TurnOutcome = 'answered' | 'duplicate' | 'failed' | 'busy';

/**
 * What the core counts for operators (docs/operators/metrics.md). The runtime implements it with
 * Prometheus; the core only says what happened. Never personal: channels, outcomes, tiers, urgencies, durations.
 */
export interface Metrics {
  turnFinished(turn: { channel: ChannelId; outcome: TurnOutcome; seconds: number }): void;
  /** The safety check found a crisis, or a concern (the safety question is asked), in a resident's message. */
  safetySignalled(signal: { tier: 'crisis' | 'concern' }): void;
  /** A worker picked up a waiting case: seconds from its opening to the claim. */
  casePickedUp(pickUp: { urgency: Urgency; seconds: number }): void;
  /** A message to a resident could not be delivered on their channel (it is stored all the same). */
  sendFailed(failure: { channel: ChannelId }): void;
}

export const noMetrics: Metrics = { turnFinished() {}, safetySignalled() {}, casePickedUp() {}, sendFailed() {} };
