import type { CaseStore, CaseFilter } from './ports/case-store.js';
import type { AuditEntry, CaseNote, CaseRecord } from './ports/case-record.js';
import type { ChannelSender } from './ports/channel-sender.js';
import type { ChannelId } from './ports/conversation-ref.js';
import type { Clock } from './ports/clock.js';
import type { ConversationStore } from './ports/conversation-store.js';
import type { EventBus } from './ports/event-bus.js';
import type { Logger } from './ports/logger.js';
import type { MessageRecord } from './ports/message.js';
import type { WorkerStore } from './ports/worker-store.js';
import { CaseStatusError, NotFoundError } from './errors.js';
import { textsFor } from './texts/texts-for.js';

export interface CaseCard {
  case: CaseRecord;
  waitingSeconds: number;
  messages: MessageRecord[];
  notes: CaseNote[];
  audit: AuditEntry[];
}

export interface WorkerDeskDependencies {
  conversations: ConversationStore;
  cases: CaseStore;
  workers: WorkerStore;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  /** Channels that deliver by themselves (Telegram); the web channel delivers through the event bus. */
  senders: Partial<Record<ChannelId, ChannelSender>>;
}

/** What a worker does with cases, the same from the web inbox and from Slack. */
export function createWorkerDesk(dependencies: WorkerDeskDependencies) {
  const { conversations, cases, workers, events, clock, logger, senders } = dependencies;

  async function requireCase(caseId: string): Promise<CaseRecord> {
    const found = await cases.findCase(caseId);
    if (!found) throw new NotFoundError('case', caseId);
    return found;
  }

  async function residentLanguage(conversationId: string) {
    const conversation = await conversations.findConversation(conversationId);
    return conversation?.state?.language ?? 'nl';
  }

  /** Stores the message first, then tells every instance, then delivers on the resident's channel. */
  async function sendToResident(record: CaseRecord, text: string, author: 'worker' | 'assistant', workerId: string | null): Promise<MessageRecord> {
    const [message] = await conversations.appendMessages(record.conversationId, [
      { direction: 'outbound', author, text, kind: 'text', workerId, createdAt: clock.now() },
    ]);
    await events.publish({ type: 'message-stored', conversationId: record.conversationId, ref: record.ref, caseId: record.id, message });
    const sender = senders[record.ref.channel];
    if (sender) {
      try {
        await sender.deliver(record.ref, { text, author: author === 'worker' ? 'worker' : 'assistant' });
      } catch (error) {
        logger.error({ err: error, caseId: record.id, channel: record.ref.channel }, 'delivery to resident failed; message is stored');
      }
    }
    return message;
  }

  async function audit(caseId: string, actor: string, action: string, detail: string | null = null) {
    await cases.recordAudit({ caseId, actor, action, detail }, clock.now());
  }

  return {
    queue(filter: CaseFilter = { statuses: ['waiting', 'claimed'] }): Promise<CaseRecord[]> {
      return cases.listCases(filter);
    },

    async openCard(caseId: string, workerId: string): Promise<CaseCard> {
      const record = await requireCase(caseId);
      await audit(caseId, workerId, 'opened');
      const [messages, notes, auditEntries] = await Promise.all([
        conversations.listMessages(record.conversationId),
        cases.listNotes(caseId),
        cases.listAudit(caseId),
      ]);
      const waitingUntil = record.claimedAt ?? clock.now();
      return { case: record, waitingSeconds: Math.max(0, Math.round((waitingUntil.getTime() - record.createdAt.getTime()) / 1000)), messages, notes, audit: auditEntries };
    },

    /** First claim wins; a later one throws CaseClaimConflictError. */
    async claim(caseId: string, workerId: string): Promise<CaseRecord> {
      const claimed = await cases.claimCase(caseId, workerId, clock.now());
      await audit(caseId, workerId, 'claimed');
      await events.publish({ type: 'case-updated', case: claimed, action: 'claimed' });
      const worker = await workers.findWorkerById(workerId);
      const texts = textsFor(await residentLanguage(claimed.conversationId));
      await sendToResident(claimed, texts.workerClaimed(worker?.displayName ?? 'Een sociaal werker'), 'assistant', null);
      return claimed;
    },

    /** Only the worker who has the case answers the resident. */
    async reply(caseId: string, workerId: string, text: string): Promise<MessageRecord> {
      const record = await requireCase(caseId);
      if (record.status !== 'claimed' || record.assigneeId !== workerId) throw new CaseStatusError(`case ${caseId} is not claimed by ${workerId}`);
      const trimmed = text.trim();
      if (!trimmed) throw new CaseStatusError('an empty reply is not sent');
      return sendToResident(record, trimmed.slice(0, 4000), 'worker', workerId);
    },

    async addNote(caseId: string, workerId: string, text: string): Promise<CaseNote> {
      await requireCase(caseId);
      const note = await cases.addNote(caseId, workerId, text.trim().slice(0, 4000), clock.now());
      await audit(caseId, workerId, 'noted');
      return note;
    },

    async reassign(caseId: string, workerId: string, toWorkerId: string | null): Promise<CaseRecord> {
      if (toWorkerId && !(await workers.findWorkerById(toWorkerId))) throw new NotFoundError('worker', toWorkerId);
      const updated = await cases.reassignCase(caseId, toWorkerId, clock.now());
      await audit(caseId, workerId, 'reassigned', toWorkerId);
      await events.publish({ type: 'case-updated', case: updated, action: 'reassigned' });
      return updated;
    },

    async close(caseId: string, workerId: string, outcome: string): Promise<CaseRecord> {
      const closed = await cases.closeCase(caseId, outcome.trim().slice(0, 500) || 'closed', clock.now());
      await audit(caseId, workerId, 'closed', closed.outcome);
      await events.publish({ type: 'case-updated', case: closed, action: 'closed' });
      await sendToResident(closed, textsFor(await residentLanguage(closed.conversationId)).caseClosed, 'assistant', null);
      return closed;
    },
  };
}

export type WorkerDesk = ReturnType<typeof createWorkerDesk>;
