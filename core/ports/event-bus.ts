import type { CaseRecord } from './case-record.js';
import type { MessageRecord } from './message.js';
import type { ConversationRef } from './conversation-ref.js';

/** Which step of "Is je vraag opgelost?" a resident answered; the values themselves are read from the follow-up store. */
export type SatisfactionStepAnswered = 'answer' | 'score' | 'comment' | 'skipped' | 'stopped';

/** Events that cross adapters (and, with a shared bus, instances). Names are noun-verb. */
export type InloopEvent =
  | { type: 'message-stored'; conversationId: string; ref: ConversationRef; caseId: string | null; message: MessageRecord }
  | { type: 'case-opened'; case: CaseRecord }
  /**
   * `snooze-ended`: a snoozed case is back (its moment came, or the resident wrote): a reminder to its worker. `retention-noticed`: quiet past the retention period, purged after the grace period (core/retention/retention-notice.ts).
   * `satisfaction-answered`: the resident answered a step of "Is je vraag opgelost?" after closing (core/follow-up/satisfaction-question.ts): the cards show it,
   * and `answered` says which step (Slack posts a notice in the case's thread).
   */
  | { type: 'case-updated'; case: CaseRecord; action: 'claimed' | 'reassigned' | 'closed' | 'escalated' | 'updated' | 'retention-noticed' | 'snoozed' | 'snooze-ended' | 'referred' | 'satisfaction-answered'; answered?: SatisfactionStepAnswered }
  /** A coordinator took a case from the worker who had it: a notice for that worker only. */
  | { type: 'case-taken-over'; caseId: string; fromWorkerId: string; byWorkerId: string; action: 'claimed' | 'reassigned' | 'closed' };

export type EventListener = (event: InloopEvent) => void;

export interface EventBus {
  publish(event: InloopEvent): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}
