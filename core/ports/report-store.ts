import type { CrisisId, DomainId, TopicId, Urgency } from '../taxonomy/index.js';
import type { ChannelId } from './conversation-ref.js';
import type { SatisfactionAnswer } from './follow-up-store.js';

/**
 * One case as the reports count it: no words, no resident, no conversation. A live case and the
 * anonymous statistic it leaves after the purge give the same record, so a report holds across
 * the retention purge.
 */
export interface ReportRecord {
  /** Topic ids, the main one first. */
  topics: TopicId[];
  domain: DomainId | null;
  urgency: Urgency;
  crisis: CrisisId | null;
  channel: ChannelId;
  language: string | null;
  neighbourhood: string | null;
  /** The structured outcome (core/outcomes/closing-outcome.ts), a category read from older words, or null while open. */
  outcome: string | null;
  partner: string | null;
  improvedDomains: DomainId[];
  openedAt: Date;
  claimedAt: Date | null;
  /** A worker's first message to the resident between opening and closing; null: none (yet). */
  firstAnsweredAt?: Date | null;
  closedAt: Date | null;
  /** The answer to "Is je vraag opgelost?" after closing, and the optional score 1-5; absent: not answered. */
  satisfaction?: SatisfactionAnswer | null;
  satisfactionScore?: number | null;
}

/** Where a conversation's dialogue stands, for the intake drop-off: no words, only the step. */
export interface IntakeStop {
  /** The dialogue's phase (core/dialogue/dialogue-state.ts). */
  phase: string;
  /** The topic question waiting for its answer (phase clarify), by id. */
  pendingQuestion: string | null;
  lastMessageAt: Date;
}

export interface ReportStore {
  /** Every case opened in [from, to): the live ones and the statistics of purged ones, each once. */
  listReportRecords(from: Date, to: Date): Promise<ReportRecord[]>;
  /**
   * The step of every kept conversation whose last message is in [from, to) and that has no
   * waiting or claimed case. Purged conversations are gone (RETENTION_DAYS).
   */
  listIntakeStops(from: Date, to: Date): Promise<IntakeStop[]>;
}
