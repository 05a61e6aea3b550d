import type { CrisisId, DomainId, TopicId, Urgency } from '../taxonomy/index.js';
import type { ChannelId } from './conversation-ref.js';

/** What is left of a case after its personal content is purged: anonymous counts for reporting. */
export interface CaseStatistic {
  topics: TopicId[];
  domain: DomainId | null;
  urgency: Urgency;
  crisis: CrisisId | null;
  channel: ChannelId;
  /** The category of the worker's outcome (core/retention/outcome-category.ts), never its words. */
  outcome: string | null;
  openedAt: Date;
  closedAt: Date | null;
}

export interface PurgeResult {
  conversations: number;
  cases: number;
}

export interface RetentionStore {
  /**
   * Purges personal content of cases closed before the cutoff and of conversations quiet since
   * before it (without an open case); keeps a CaseStatistic per purged case.
   */
  purgeExpired(cutoff: Date): Promise<PurgeResult>;
  listStatistics(): Promise<CaseStatistic[]>;
}
