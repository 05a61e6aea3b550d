import type { CrisisId, DomainId, LanguageCode, ConversationLanguage, Urgency } from '../taxonomy/index.js';
import type { TopicScore } from '../classification/classification.js';
import type { ContactPreference, SafetyCheck } from '../ports/case-record.js';
import type { CaseFacts } from '../facts/extract-facts.js';
import type { QuickReply } from '../ports/message.js';
import type { CaseKind } from '../roles/role-ids.js';

export const phases = [
  'new', // nothing said yet
  'opening', // welcomed, waiting for what is going on
  'choose-domain', // unclear twice: domain quick replies shown
  'clarify', // asking the question in `pendingQuestion`
  'confirm', // summary shown, waiting for yes / correction
  'correct', // waiting for the resident's correction
  'neighbourhood', // the optional "where" question: a wijk or four postcode digits (only when configured)
  'contact', // asking how to be reached
  'contact-details', // asking a phone number or address (optional)
  'consent', // asking consent to share the summary
  'offer-details', // a resident offers help: asked what, when and where
  'handed-off', // case waiting for a worker
  'with-worker', // a worker has the case: the assistant is silent
  'closed', // case closed or resident stopped; a new message starts again
  'confirm-forget', // asked to confirm erasure
] as const;
export type Phase = (typeof phases)[number];

/** Facts the intake collects; a question is skipped when its slot is already filled. */
export interface Slots {
  [slotId: string]: string;
}

export interface DialogueState {
  phase: Phase;
  /** The phase to return to when "vergeet mij" is not confirmed. */
  phaseBeforeForget: Phase | null;
  language: ConversationLanguage;
  detectedLanguage: LanguageCode;
  firstWords: string | null;
  /** The resident's own words during the intake, in order. */
  story: string[];
  topics: TopicScore[];
  domain: DomainId | null;
  urgency: Urgency;
  crisis: CrisisId | null;
  slots: Slots;
  askedQuestions: string[];
  pendingQuestion: string | null;
  unclearCount: number;
  summary: string | null;
  /** A note for the worker written by a language model with the summary (redacted text); absent offline. */
  caseNote?: string | null;
  contactPreference: ContactPreference | null;
  contactDetails: string | null;
  /** Quick replies shown last; a typed label counts as a press. */
  offeredReplies: QuickReply[];
  /** Corrections the resident made at the summary. */
  corrections: string[];
  /** What was acknowledged already (a loss, a diagnosis, fear): each once. */
  acknowledged?: string[];
  /** The resident writes "u": the assistant answers with "u" too (Dutch only). */
  formal?: boolean;
  /** Amounts, deadlines, organisations and people from the resident's messages; absent in older states. */
  facts?: CaseFacts;
  /** "offer" once the resident offers help; absent: a request. */
  kind?: CaseKind;
  /** The crisis conversation and the safety question; absent in states stored before it existed. */
  safety?: SafetyState;
  /** A configured wijk or four postcode digits (core/dialogue/neighbourhood-answer.ts); never a street or house number. */
  neighbourhood?: string | null;
  /** The "where" answer was not recognised once: the next one that is not is passed over. */
  neighbourhoodRetried?: boolean;
}

export interface SafetyState {
  /** Keys of the safety texts said in this conversation: none is said twice. */
  said: string[];
  /** The safety question waiting for its answer, and the phase to go back to after a no. */
  pendingConcern: CrisisId | null;
  phaseBeforeConcern: Phase | null;
  /** The last safety question and its answer, for the case. */
  check: SafetyCheck | null;
  /** The language of the crisis answers: the resident's, even where the intake itself is Dutch or English. */
  language: LanguageCode | null;
}

export function initialSafetyState(): SafetyState {
  return { said: [], pendingConcern: null, phaseBeforeConcern: null, check: null, language: null };
}

export function initialDialogueState(): DialogueState {
  return {
    phase: 'new',
    phaseBeforeForget: null,
    language: 'nl',
    detectedLanguage: 'nl',
    firstWords: null,
    story: [],
    topics: [],
    domain: null,
    urgency: 'normal',
    crisis: null,
    slots: {},
    askedQuestions: [],
    pendingQuestion: null,
    unclearCount: 0,
    summary: null,
    caseNote: null,
    contactPreference: null,
    contactDetails: null,
    offeredReplies: [],
    corrections: [],
    safety: initialSafetyState(),
  };
}
