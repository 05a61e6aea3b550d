import type { CaseRecord } from './case-record.js';

export const satisfactionAnswers = ['yes', 'partly', 'no'] as const;
export type SatisfactionAnswer = (typeof satisfactionAnswers)[number];
/** Where the satisfaction question stands: asked (waits for yes/partly/no), score (1-5), comment (one open answer), done. */
export type SatisfactionStep = 'asked' | 'score' | 'comment' | 'done';

/**
 * A check-in for the resident; `sentAt` is set once, by the send that won. Kind `worker`: a
 * worker scheduled it. Kind `satisfaction`: the one question after closing ("Is je vraag
 * opgelost?"), with the resident's answers as they come.
 */
export interface CheckInRecord {
  id: string;
  caseId: string;
  workerId: string;
  text: string;
  sendAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  kind: 'worker' | 'satisfaction';
  step: SatisfactionStep | null;
  answer: SatisfactionAnswer | null;
  score: number | null;
  comment: string | null;
}

/** What one answer to the satisfaction question changes. */
export interface SatisfactionPatch {
  step: SatisfactionStep;
  answer?: SatisfactionAnswer;
  score?: number;
  comment?: string;
}

/** A warm referral: to whom, what the resident agreed may be shared, and that consent was asked and given. */
export interface ReferralRecord {
  id: string;
  caseId: string;
  workerId: string;
  partnerId: string;
  partnerName: string;
  shared: string;
  consentAsked: boolean;
  consentGiven: boolean;
  createdAt: Date;
}

export type NewReferral = Omit<ReferralRecord, 'id' | 'createdAt'>;

/** Snooze: `until` a moment, or `untilReply` (the resident writes); both may be set, the first to come wakes the case. */
export interface Snooze {
  until: Date | null;
  untilReply: boolean;
}

/** Follow-up of open cases: snoozes, scheduled check-ins and referrals. */
export interface FollowUpStore {
  /** Snoozes an open case (CaseStatusError when closed). */
  snoozeCase(caseId: string, snooze: Snooze, at: Date): Promise<CaseRecord>;
  /**
   * Ends a snooze: one conditional update, so of two instances waking the same case only one gets
   * the record (the other null, as for a case that is not snoozed). `reason` limits it: `reply`
   * wakes only a case snoozed until the resident writes, `time` only one whose moment has come.
   */
  wakeCase(caseId: string, reason: 'time' | 'reply' | 'worker', at: Date): Promise<CaseRecord | null>;
  /** Open cases whose snooze moment is at or before `at`. */
  listDueSnoozes(at: Date): Promise<CaseRecord[]>;
  scheduleCheckIn(checkIn: Pick<CheckInRecord, 'caseId' | 'workerId' | 'text' | 'sendAt'>, at: Date): Promise<CheckInRecord>;
  /**
   * Schedules the satisfaction question of a closed case: at most one per case, ever (its id is
   * derived from the case); null when the case already has one.
   */
  scheduleSatisfactionQuestion(caseId: string, sendAt: Date, at: Date): Promise<CheckInRecord | null>;
  /** The satisfaction question of a case, asked or not. */
  findSatisfaction(caseId: string): Promise<CheckInRecord | null>;
  /** The satisfaction question sent in this conversation that still waits for an answer (step asked, score or comment), newest first. */
  pendingSatisfaction(conversationId: string): Promise<CheckInRecord | null>;
  /** Records one answer when the question is still at `expectedStep` (null: not sent yet); false when another turn moved it on. */
  recordSatisfaction(checkInId: string, expectedStep: SatisfactionStep | null, patch: SatisfactionPatch): Promise<boolean>;
  /** Unsent check-ins whose moment has come, oldest first. */
  listDueCheckIns(at: Date): Promise<CheckInRecord[]>;
  /** Marks a check-in sent; false when another send already did (a check-in goes out once). */
  markCheckInSent(checkInId: string, at: Date): Promise<boolean>;
  listCheckIns(caseId: string): Promise<CheckInRecord[]>;
  recordReferral(referral: NewReferral, at: Date): Promise<ReferralRecord>;
  listReferrals(caseId: string): Promise<ReferralRecord[]>;
}
