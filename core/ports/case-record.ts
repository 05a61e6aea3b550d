import type { CrisisId, DomainId, LanguageCode, Urgency } from '../taxonomy/index.js';
import type { TopicScore } from '../classification/classification.js';
import type { ConversationRef } from './conversation-ref.js';
import type { CaseFacts } from '../facts/extract-facts.js';
import type { CaseKind, RoleId } from '../roles/role-ids.js';

export const caseStatuses = ['waiting', 'claimed', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const contactPreferences = ['chat', 'phone', 'visit'] as const;
export type ContactPreference = (typeof contactPreferences)[number];

/** The safety question asked on a concern, and what the resident answered (null while waiting). */
export interface SafetyCheck {
  concern: CrisisId;
  answer: 'yes' | 'no' | 'other' | null;
  /** ISO time the question was asked. */
  askedAt: string;
}

/** What the intake hands to a worker (docs/residents/intake.md "What a worker receives"). */
export interface NewCase {
  conversationId: string;
  firstWords: string;
  summary: string | null;
  topics: TopicScore[];
  domain: DomainId | null;
  urgency: Urgency;
  crisis: CrisisId | null;
  tried: string | null;
  network: string | null;
  wish: string | null;
  contactPreference: ContactPreference | null;
  contactDetails: string | null;
  language: LanguageCode;
  consent: boolean;
  team: string | null;
  /** Present when the assistant asked the safety question (docs/residents/intake.md "Safety signals"). */
  safetyCheck: SafetyCheck | null;
  /** Amounts, deadlines (as dates), organisations and people the resident named. */
  facts: CaseFacts | null;
  /** The summary the resident confirmed ("Klopt het dat …"), in their language; `summary` is the worker's, in Dutch. */
  confirmation: string | null;
  /** The role whose queue holds the case (core/roles/); absent or null: not decided (older cases). */
  role?: RoleId | null;
  /** A help request, or an offer of help; absent: a request. */
  kind?: CaseKind;
  /** A configured wijk or the four digits of a postcode (core/outcomes/neighbourhood.ts); absent or null: not said. */
  neighbourhood?: string | null;
}

export interface CaseRecord extends NewCase {
  id: string;
  ref: ConversationRef;
  status: CaseStatus;
  assigneeId: string | null;
  outcome: string | null;
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  /** The offer or request a coordinator linked this case to (a maatje for a lonely resident); the store always sets it. */
  linkedCaseId?: string | null;
  /** This case's resident agreed to that link; the store always sets it. */
  linkConsent?: boolean;
  /** When the coordinators were told this open case is quiet and will be purged (core/retention/); the store always sets it. */
  retentionNoticeAt?: Date | null;
  /** Snoozed until this moment (out of the active queue); the store always sets it. */
  snoozedUntil?: Date | null;
  /** Snoozed until the resident writes again; the store always sets it. */
  snoozedUntilReply?: boolean;
  /** The structured outcome at close (core/outcomes/closing-outcome.ts); null while open or for older cases. */
  outcomeCategory?: string | null;
  /** The social map partner a closed case was referred to. */
  outcomePartner?: string | null;
  /** Life domains the worker saw improve, recorded at close. */
  improvedDomains?: DomainId[];
}

export interface CaseNote {
  id: string;
  caseId: string;
  workerId: string;
  text: string;
  createdAt: Date;
}

export interface AuditEntry {
  id: string;
  caseId: string;
  /** A worker id, or "assistant" / "system". */
  actor: string;
  action: string;
  detail: string | null;
  createdAt: Date;
}
