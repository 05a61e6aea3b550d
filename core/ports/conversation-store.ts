import type { ConversationRef } from './conversation-ref.js';
import type { DeliveryStatus, MessageRecord, NewMessage } from './message.js';
import type { CaseRecord, NewCase } from './case-record.js';
import type { DialogueState } from '../dialogue/dialogue-state.js';

export interface StoredConversation {
  id: string;
  ref: ConversationRef;
  residentId: string;
  /** null until the first turn is saved. */
  state: DialogueState | null;
  /** Bumped on every saved turn; guards against two writers. */
  version: number;
  createdAt: Date;
  lastMessageAt: Date;
}

/** Everything one turn writes, in one transaction. */
export interface TurnWrite {
  state: DialogueState;
  expectedVersion: number;
  messages: NewMessage[];
  openCase?: NewCase;
  updateCase?: { caseId: string; patch: Partial<NewCase> };
  /** An audit entry by the assistant for the case this turn opens or updates (ignored without one). */
  audit?: { action: string; detail: string | null };
  at: Date;
}

export interface TurnWritten {
  version: number;
  messages: MessageRecord[];
  openedCase: CaseRecord | null;
  updatedCase: CaseRecord | null;
}

/** What a turn starts with: its conversation, the resident's stored message and the conversation's active case. */
export interface ReceivedMessage {
  /** The conversation with this message counted (lastMessageAt is the message's time); state and version as before the turn. */
  conversation: StoredConversation;
  message: MessageRecord;
  /** The waiting or claimed case of the conversation, if any (as findActiveCase). */
  activeCase: CaseRecord | null;
  /**
   * True when this conversation already holds a message with the same externalId (a channel
   * delivered it twice: a retried webhook, a polling hand-over): nothing was written, `message` is
   * the one stored before.
   */
  duplicate?: boolean;
}

/** Conversations and their messages. Narrow on purpose: the ORM never reaches the core. */
export interface ConversationStore {
  /** Finds the conversation for this ref; creates the pseudonymous resident and conversation when new. */
  openConversation(ref: ConversationRef, at: Date): Promise<StoredConversation>;
  findConversation(conversationId: string): Promise<StoredConversation | null>;
  /** The conversation for this ref, or null; creates nothing (a web token the server never issued has none). */
  findConversationByRef(ref: ConversationRef): Promise<StoredConversation | null>;
  /** Stores messages at once (an inbound message is stored before anything else happens). */
  appendMessages(conversationId: string, messages: NewMessage[]): Promise<MessageRecord[]>;
  /**
   * openConversation + appendMessages([message]) + findActiveCase in one call (one transaction):
   * the message is stored when this resolves. Creates the resident and conversation when new. A
   * message whose externalId the conversation already holds is not stored again (`duplicate`).
   */
  receiveMessage(ref: ConversationRef, message: NewMessage, at: Date): Promise<ReceivedMessage>;
  /** Throws ConcurrentUpdateError when expectedVersion is stale. */
  saveTurn(conversationId: string, write: TurnWrite): Promise<TurnWritten>;
  listMessages(conversationId: string): Promise<MessageRecord[]>;
  /**
   * Records a channel's delivery status on an outbound message of the conversation behind `ref`.
   * Statuses only move forward (sent, delivered, read; failed from any), since a channel may report
   * them out of order. Returns false when nothing changed (an older status, an unknown message).
   */
  recordDeliveryStatus(ref: ConversationRef, messageId: string, status: DeliveryStatus): Promise<boolean>;
  /** Erases the resident behind the conversation: messages, conversations, cases, notes. */
  eraseResident(residentId: string): Promise<void>;
}
