import type { Classifier } from './classification/classification.js';
import type { CaseStore } from './ports/case-store.js';
import type { Clock } from './ports/clock.js';
import type { ConversationStore, StoredConversation } from './ports/conversation-store.js';
import type { EventBus } from './ports/event-bus.js';
import type { Logger } from './ports/logger.js';
import type { InboundMessage, MessageRecord, NewMessage, Reply } from './ports/message.js';
import type { NewCase } from './ports/case-record.js';
import { AssistantBusyError, ConcurrentUpdateError } from './errors.js';
import { noMetrics, type Metrics, type TurnOutcome } from './ports/metrics.js';
import { dialogueStep, type DialogueSettings, type StepResult } from './dialogue/dialogue-step.js';
import { initialDialogueState } from './dialogue/dialogue-state.js';
import { textsFor } from './texts/texts-for.js';
import { safetyTextsFor } from './texts/safety-texts-for.js';
import { createKeyedLock } from './keyed-lock.js';
import { cleanResidentText } from './resident-text.js';
import type { ModelAssist } from './language-model/model-assist.js';
import { queuePosition } from './dialogue/queue-position.js';
import { casePriorityOf } from './roles/case-priority.js';
import type { FollowUpStore } from './ports/follow-up-store.js';
import { answerSatisfaction, type SatisfactionAnswerResult } from './follow-up/satisfaction-question.js';

export interface AssistantSettings extends DialogueSettings {
  maximumMessageLength: number;
  /** Back-pressure: turns that may wait behind a conversation's running turn, and turns in flight on this instance. */
  maximumQueuedTurnsPerConversation?: number;
  maximumTurnsInFlight?: number;
}

/** Optional callbacks of one turn. */
export interface TurnHooks {
  /** Called once the resident's message is stored, before anything else happens (an adapter acknowledges it here). */
  onStored?(message: MessageRecord): void;
  /** Called with the turn's stored replies, in the order of the returned replies (a channel links its delivery statuses to them). */
  onRepliesStored?(messages: MessageRecord[]): void;
}

export interface AssistantDependencies {
  conversations: ConversationStore;
  cases: CaseStore;
  classifier: Classifier;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  settings: AssistantSettings;
  /** A language model on top of the offline classifier and templates; absent means offline only. */
  model?: ModelAssist | null;
  /** Turns, their outcome and duration, and safety signals, for operators (docs/operators/metrics.md). */
  metrics?: Metrics;
  /** Where the satisfaction question after closing waits for its answers (docs/coordinators.md); absent: never asked. */
  satisfaction?: Pick<FollowUpStore, 'pendingSatisfaction' | 'recordSatisfaction'> | null;
}

export interface Assistant {
  /**
   * One resident message in, the replies out. On failure the resident gets a kind reply; it throws
   * only AssistantBusyError, when over the limits, before anything is stored.
   */
  handle(message: InboundMessage, hooks?: TurnHooks): Promise<Reply[]>;
}

const maximumAttempts = 3;

export function createAssistant(dependencies: AssistantDependencies): Assistant {
  const { conversations, cases, classifier, events, clock, logger, settings, model = null, metrics = noMetrics, satisfaction = null } = dependencies;
  const withLock = createKeyedLock({ maximumQueuedPerKey: settings.maximumQueuedTurnsPerConversation, maximumInFlight: settings.maximumTurnsInFlight });

  async function takeTurn(message: InboundMessage, hooks: TurnHooks, onDuplicate: () => void): Promise<Reply[]> {
    const at = message.receivedAt ?? clock.now();
    const cleaned = cleanResidentText(message.text, settings.maximumMessageLength);
    // Stored before anything else, so an acknowledged message survives whatever follows; the
    // same call opens the conversation and reads its active case.
    const received = await conversations.receiveMessage(
      message.ref,
      { direction: 'inbound', author: 'resident', text: cleaned.text, kind: message.kind, externalId: message.externalId ?? null, createdAt: at },
      at,
    );
    let conversation = received.conversation;
    const inbound = received.message;
    hooks.onStored?.(inbound);
    if (received.duplicate) {
      // The channel delivered this message twice; the first delivery was answered.
      logger.info({ conversationId: conversation.id, channel: message.ref.channel }, 'message delivered twice, answered once');
      onDuplicate();
      return [];
    }
    const offline = classifier.classify(cleaned.text);
    const caseAtArrival = received.activeCase;
    await events.publish({ type: 'message-stored', conversationId: conversation.id, ref: conversation.ref, caseId: caseAtArrival?.id ?? null, message: inbound });
    const event = { text: cleaned.text, kind: message.kind, quickReplyId: message.quickReplyId, truncatedTo: cleaned.truncatedTo };
    // The model reads along (redacted, within one time budget per turn); the offline reading is the floor.
    const openCase = caseAtArrival !== null && caseAtArrival.status !== 'closed';
    if (satisfaction && !openCase) {
      const state = conversation.state ?? initialDialogueState();
      const answered = await answerSatisfaction(satisfaction, conversation.id, event, offline, { language: state.language, formal: state.formal ?? false });
      if (answered) return storeSideReplies(conversation, answered, at, hooks);
    }
    const deadline = model?.startTurn() ?? 0;
    const understanding = model && !openCase
      ? await model.understand({ conversationId: conversation.id, state: conversation.state ?? initialDialogueState(), event, offline, deadline })
      : null;
    const classification = understanding?.classification ?? offline;
    if (classification.safety.tier !== 'none') metrics.safetySignalled({ tier: classification.safety.tier });
    for (let attempt = 1; ; attempt += 1) {
      const activeCase = attempt === 1 ? caseAtArrival : await cases.findActiveCase(conversation.id);
      const before = conversation.state ?? initialDialogueState();
      let result = dialogueStep(before, event, {
        classification, now: at, activeCase: activeCase && activeCase.status !== 'closed' ? { id: activeCase.id, status: activeCase.status } : null, settings,
        preferredQuestionId: understanding?.preferredQuestionId ?? null,
      });
      // Once per turn: a save retried after a concurrent update keeps the template summary.
      if (model && attempt === 1) result = await model.improveSummary({ conversationId: conversation.id, before, result, deadline });
      result = await withQueuePosition(result, activeCase && activeCase.status === 'waiting' ? activeCase : null, at);
      try {
        return await applyResult(conversation, result, at, hooks);
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError) || attempt >= maximumAttempts) throw error;
        conversation = (await conversations.findConversation(conversation.id)) ?? conversation;
      }
    }
  }

  async function applyResult(conversation: StoredConversation, result: StepResult, at: Date, hooks: TurnHooks): Promise<Reply[]> {
    if (result.effects.some((effect) => effect.type === 'erase-resident')) {
      // Nothing is stored after an erasure: the confirmation itself would be personal data again.
      await conversations.eraseResident(conversation.residentId);
      logger.info({ conversationId: conversation.id }, 'resident erased on request');
      return result.replies;
    }
    const messages: NewMessage[] = result.replies.map((reply) => ({
      direction: 'outbound', author: 'assistant', text: reply.text, kind: 'text', quickReplies: reply.quickReplies ?? [], tone: reply.tone ?? 'normal', createdAt: at,
    }));
    let openCase: NewCase | undefined;
    let updateCase: { caseId: string; patch: Partial<NewCase> } | undefined;
    let audit: { action: string; detail: string | null } | undefined;
    for (const effect of result.effects) {
      if (effect.type === 'open-case') {
        openCase = { ...effect.draft, conversationId: conversation.id };
        audit = { action: 'created', detail: effect.draft.urgency };
      }
      if (effect.type === 'update-case') {
        updateCase = { caseId: effect.caseId, patch: effect.patch };
        audit ??= { action: 'escalated', detail: effect.patch.crisis ?? null };
      }
    }
    const written = await conversations.saveTurn(conversation.id, {
      state: result.state, expectedVersion: conversation.version, messages, openCase, updateCase, audit, at,
    });
    hooks.onRepliesStored?.(written.messages);
    const caseId = written.openedCase?.id ?? written.updatedCase?.id ?? null;
    if (written.openedCase) await events.publish({ type: 'case-opened', case: written.openedCase });
    if (written.updatedCase) await events.publish({ type: 'case-updated', case: written.updatedCase, action: 'escalated' });
    for (const message of written.messages) {
      await events.publish({ type: 'message-stored', conversationId: conversation.id, ref: conversation.ref, caseId, message });
    }
    return result.replies;
  }

  /** The satisfaction question's replies: stored beside the dialogue (its state is not touched), with an audit line on the closed case. */
  async function storeSideReplies(conversation: StoredConversation, answered: SatisfactionAnswerResult, at: Date, hooks: TurnHooks): Promise<Reply[]> {
    const written = await conversations.appendMessages(
      conversation.id,
      answered.replies.map((reply) => ({ direction: 'outbound', author: 'assistant', text: reply.text, kind: 'text', quickReplies: reply.quickReplies ?? [], createdAt: at })),
    );
    hooks.onRepliesStored?.(written);
    await cases.recordAudit({ caseId: answered.caseId, actor: 'resident', action: 'satisfaction-answered', detail: answered.detail }, at);
    for (const message of written) await events.publish({ type: 'message-stored', conversationId: conversation.id, ref: conversation.ref, caseId: answered.caseId, message });
    // The case cards (inbox, Slack) show the answers: redrawn on each step.
    const answeredCase = await cases.findCase(answered.caseId);
    if (answeredCase) await events.publish({ type: 'case-updated', case: answeredCase, action: 'satisfaction-answered', answered: answered.answered });
    return answered.replies;
  }

  /**
   * A resident whose case waits is told how many cases of the same role wait before theirs: when
   * the case is handed off, and on each later message while it waits.
   */
  async function withQueuePosition(result: StepResult, waiting: { id: string; role?: NewCase['role'] } | null, at: Date): Promise<StepResult> {
    if (result.state.phase !== 'handed-off' || result.replies.length === 0) return result;
    const opened = result.effects.find((effect) => effect.type === 'open-case');
    let ahead: number;
    if (opened) {
      const queue = await cases.listCases({ statuses: ['waiting'], role: opened.draft.role ?? undefined });
      const priority = casePriorityOf(opened.draft);
      ahead = queue.filter((other) => casePriorityOf(other) <= priority).length;
    } else if (waiting) {
      const queue = await cases.listCases({ statuses: ['waiting'], role: waiting.role ?? undefined });
      ahead = Math.max(0, queue.findIndex((other) => other.id === waiting.id));
    } else return result;
    // Part of the last reply, not a message of its own: one answer per message stays one answer.
    // The hand-off reply already says when the team reads it; a later message gets the moment again.
    const text = queuePosition(result.state, ahead, at, settings.officeHours, !opened);
    const last = result.replies[result.replies.length - 1]!;
    return { ...result, replies: [...result.replies.slice(0, -1), { ...last, text: `${last.text}\n${text}` }] };
  }

  /** When the store is away the resident still gets an answer, and a crisis still gets its numbers. */
  function fallbackReplies(text: string): Reply[] {
    const replies: Reply[] = [];
    try {
      const { safety, language } = classifier.classify(cleanResidentText(text, settings.maximumMessageLength).text);
      const texts = safetyTextsFor(language);
      if (safety.crisis) replies.push({ text: texts.crisis(safety.crisis, settings.crisisNumbers), tone: 'crisis' });
      // Without a store the answer to the safety question cannot be kept: the question comes with its numbers, without buttons.
      else if (safety.concern) replies.push({ text: texts.concernQuestion(safety.concern, settings.crisisNumbers), tone: 'crisis' });
    } catch {
      // The kind reply below is all that is left to give.
    }
    replies.push({ text: `${textsFor('nl').somethingWentWrong}\n${textsFor('en').somethingWentWrong}` });
    return replies;
  }

  return {
    async handle(message, hooks = {}) {
      const started = performance.now();
      let outcome: TurnOutcome = 'answered';
      try {
        return await withLock(`${message.ref.channel}:${message.ref.chatId}`, async () => {
          try {
            return await takeTurn(message, hooks, () => (outcome = 'duplicate'));
          } catch (error) {
            outcome = 'failed';
            logger.error({ err: error, channel: message.ref.channel }, 'turn failed');
            return fallbackReplies(message.text);
          }
        });
      } catch (error) {
        outcome = error instanceof AssistantBusyError ? 'busy' : 'failed';
        throw error;
      } finally {
        metrics.turnFinished({ channel: message.ref.channel, outcome, seconds: (performance.now() - started) / 1000 });
      }
    },
  };
}
