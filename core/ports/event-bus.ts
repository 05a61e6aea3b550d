import type { CaseRecord } from './case-record.js';
import type { MessageRecord } from './message.js';
import type { ConversationRef } from './conversation-ref.js';

/** Events that cross adapters (and, with a shared bus, instances). Names are noun-verb. */
export type InloopEvent =
  | { type: 'message-stored'; conversationId: string; ref: ConversationRef; caseId: string | null; message: MessageRecord }
  | { type: 'case-opened'; case: CaseRecord }
  | { type: 'case-updated'; case: CaseRecord; action: 'claimed' | 'reassigned' | 'closed' | 'escalated' | 'updated' };

export type EventListener = (event: InloopEvent) => void;

export interface EventBus {
  publish(event: InloopEvent): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}
