import type { CrisisId, DomainId, TopicId, Urgency } from '../taxonomy/index.js';
import type { CaseRecord } from './case-record.js';
import type { ChannelId } from './conversation-ref.js';
import type { SatisfactionAnswer } from './follow-up-store.js';

/** What is left of a case after its personal content is purged: anonymous counts for reporting. */
export interface CaseStatistic {
  topics: TopicId[];
  domain: DomainId | null;
  urgency: Urgency;
  crisis: CrisisId | null;
  channel: ChannelId;
  /** The category of the worker's outcome (core/retention/outcome-category.ts), never its words. */
  outcome: string | null;
  /** The partner id of a referral at close; an organisation, never a person. */
  partner: string | null;
  improvedDomains: DomainId[];
  /** A configured wijk or four postcode digits; null when the resident did not say. */
  neighbourhood: string | null;
  language: string | null;
  openedAt: Date;
  /** When a worker picked the case up (pick-up time survives the purge). */
  claimedAt: Date | null;
  /** A worker's first message to the resident after opening (the time to a first answer survives the purge). */
  firstAnsweredAt?: Date | null;
  closedAt: Date | null;
  /** The resident's answer to the satisfaction question after closing (yes, partly, no), never their words. */
  satisfaction: SatisfactionAnswer | null;
  satisfactionScore: number | null;
}

export interface PurgeResult {
  conversations: number;
  cases: number;
}

export interface RetentionNotices {
  /** Open cases that got their notice in this call. */
  noticed: CaseRecord[];
  /** Noticed cases with activity since their notice: the notice is withdrawn, they are kept. */
  withdrawn: CaseRecord[];
}

export interface RetentionStore {
  /**
   * Flags waiting or claimed cases without activity since `quietSince` (no message in their
   * conversation, no change to the case, no note) that have no notice yet: retentionNoticeAt = at,
   * with a `retention-noticed` audit entry. Withdraws the notice of cases with activity since it
   * (`retention-notice-withdrawn`). Each case is noticed once, also when two calls run at once.
   */
  noticeQuietCases(quietSince: Date, at: Date): Promise<RetentionNotices>;
  /**
   * Purges personal content of cases closed before the cutoff, of open cases noticed before
   * `noticedBefore` without activity since their notice, and of conversations quiet since before
   * the cutoff (without a case left to keep); keeps one CaseStatistic per purged case, also when
   * two purges run at the same moment.
   */
  purgeExpired(cutoff: Date, noticedBefore?: Date): Promise<PurgeResult>;
  listStatistics(): Promise<CaseStatistic[]>;
}
