import type { App } from '@slack/bolt';
import type { CaseRecord } from '../../core/ports/case-record.js';
import type { EventBus, InloopEvent } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import type { MessageRecord } from '../../core/ports/message.js';
import type { WorkerStore } from '../../core/ports/worker-store.js';
import type { Clock } from '../../core/ports/clock.js';
import type { CaseStore } from '../../core/ports/case-store.js';
import type { FollowUpStore } from '../../core/ports/follow-up-store.js';
import { caseCardBlocks, caseCardText, type CardAssignee } from './case-card-blocks.js';
import type { SlackCardDirectory } from './slack-card-directory.js';
import { escapeForSlack } from './slack-text.js';
import { satisfactionNotice } from './satisfaction-notice.js';

export interface SlackCaseMirrorDependencies {
  client: App['client'];
  channel: string;
  directory: SlackCardDirectory;
  cases: CaseStore;
  workers: WorkerStore;
  /** The answers after closing, for a closed case's card. */
  satisfaction: Pick<FollowUpStore, 'findSatisfaction'>;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  inboxUrl(caseId: string): string;
}

const kindLabels: Partial<Record<MessageRecord['kind'], string>> = {
  photo: 'een foto', voice: 'een spraakbericht', sticker: 'een sticker', location: 'een locatie', document: 'een bestand', video: 'een video', other: 'een bericht',
};

/**
 * Keeps the channel in step with the cases, whoever acted (Slack, the web inbox, the assistant):
 * a card per new case, the card updated on every change, the resident's messages in the card's
 * thread. Work for one case runs in order (a card is posted before its first thread message).
 */
export function createSlackCaseMirror(dependencies: SlackCaseMirrorDependencies) {
  const { client, channel, directory, cases, workers, satisfaction, events, clock, logger, inboxUrl } = dependencies;
  const chains = new Map<string, Promise<void>>();

  function enqueue(caseId: string, task: () => Promise<void>): Promise<void> {
    const previous = chains.get(caseId) ?? Promise.resolve();
    const next = previous.then(task).catch((error: unknown) => logger.error({ err: error, caseId, channel: 'slack' }, 'slack update failed'));
    chains.set(caseId, next);
    void next.then(() => {
      if (chains.get(caseId) === next) chains.delete(caseId);
    });
    return next;
  }

  async function assigneeOf(record: CaseRecord): Promise<CardAssignee | null> {
    if (!record.assigneeId) return null;
    const worker = await workers.findWorkerById(record.assigneeId);
    return worker ? { displayName: worker.displayName, slackUserId: worker.slackUserId } : { displayName: 'een collega', slackUserId: null };
  }

  async function card(record: CaseRecord) {
    // A closed case's card is redrawn when the resident answers the question after closing (`satisfaction-answered`).
    const answers = record.status === 'closed' ? await satisfaction.findSatisfaction(record.id) : null;
    return {
      text: caseCardText(record),
      blocks: caseCardBlocks({ record, assignee: await assigneeOf(record), inboxUrl: inboxUrl(record.id), now: clock.now(), satisfaction: answers }),
    };
  }

  async function postCard(record: CaseRecord): Promise<void> {
    if (await directory.cardOf(record.id)) return;
    const posted = await client.chat.postMessage({ channel, ...(await card(record)), unfurl_links: false, unfurl_media: false });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    await directory.record(record.id, { channel: posted.channel ?? channel, ts: posted.ts });
  }

  async function updateCard(record: CaseRecord): Promise<void> {
    const ref = await directory.cardOf(record.id);
    if (!ref) {
      if (record.status !== 'closed') await postCard(record);
      return;
    }
    await client.chat.update({ channel: ref.channel, ts: ref.ts, ...(await card(record)) });
  }

  async function postInThread(caseId: string, text: string, broadcast = false): Promise<void> {
    const ref = await directory.cardOf(caseId);
    if (!ref) return;
    await client.chat.postMessage({ channel: ref.channel, thread_ts: ref.ts, text, reply_broadcast: broadcast, unfurl_links: false, unfurl_media: false });
  }

  function residentText(message: MessageRecord): string {
    const text = message.text.trim();
    const kind = message.kind !== 'text' ? kindLabels[message.kind] : undefined;
    const body = kind ? `_(stuurde ${kind}${text ? `: ${escapeForSlack(text)}` : ''})_` : escapeForSlack(text);
    return `*Inwoner:* ${body}`;
  }

  function onEvent(event: InloopEvent): void {
    if (event.type === 'case-opened') {
      void enqueue(event.case.id, () => postCard(event.case));
    } else if (event.type === 'case-updated') {
      const record = event.case;
      void enqueue(record.id, async () => {
        await updateCard(record);
        if (event.action === 'escalated') await postInThread(record.id, '🚨 *Deze zaak is nu een crisis.* De inwoner heeft de crisisnummers gekregen.', true);
        // The follow-up reminder: a snoozed case is back in the queue.
        if (event.action === 'snooze-ended') await postInThread(record.id, '⏰ *Herinnering:* deze zaak is terug uit de sluimerstand.');
        // The resident's answer after closing, as a notice in the thread (the card shows all answers).
        if (event.action === 'satisfaction-answered' && event.answered) {
          const notice = satisfactionNotice(event.answered, await satisfaction.findSatisfaction(record.id));
          if (notice) await postInThread(record.id, notice);
        }
      });
    } else if (event.type === 'message-stored' && event.caseId && event.message.author === 'resident') {
      const { caseId, message } = event;
      void enqueue(caseId, () => postInThread(caseId, residentText(message)));
    }
  }

  return {
    subscribe(): () => void {
      return events.subscribe(onEvent);
    },
    /**
     * Posts the cards of open cases that have none (opened while Slack was off, or whose event this
     * instance did not hear). Stops before the next case once `continues()` says no (a step-down).
     */
    async catchUp(caseIds: string[], continues: () => boolean = () => true): Promise<void> {
      for (const caseId of caseIds) {
        if (!continues()) return;
        const record = await cases.findCase(caseId);
        if (!continues()) return;
        if (record && record.status !== 'closed') await enqueue(caseId, () => postCard(record));
      }
    },
    /** Resolves when all queued Slack work is done (shutdown, tests). */
    async idle(): Promise<void> {
      while (chains.size) await Promise.all([...chains.values()]);
    },
  };
}

export type SlackCaseMirror = ReturnType<typeof createSlackCaseMirror>;
