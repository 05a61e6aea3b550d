import type { CaseRecord } from './case-record.js';

/** A check-in a worker scheduled for the resident; `sentAt` is set once, by the send that won. */
export interface CheckInRecord {
  id: string;
  caseId: string;
  workerId: string;
  text: string;
  sendAt: Date;
  sentAt: Date | null;
  createdAt: Date;
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
  scheduleCheckIn(checkIn: Omit<CheckInRecord, 'id' | 'sentAt' | 'createdAt'>, at: Date): Promise<CheckInRecord>;
  /** Unsent check-ins whose moment has come, oldest first. */
  listDueCheckIns(at: Date): Promise<CheckInRecord[]>;
  /** Marks a check-in sent; false when another send already did (a check-in goes out once). */
  markCheckInSent(checkInId: string, at: Date): Promise<boolean>;
  listCheckIns(caseId: string): Promise<CheckInRecord[]>;
  recordReferral(referral: NewReferral, at: Date): Promise<ReferralRecord>;
  listReferrals(caseId: string): Promise<ReferralRecord[]>;
}
