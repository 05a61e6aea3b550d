import type { App } from '@slack/bolt';
import { CaseClaimConflictError, CaseStatusError, DeskPermissionError, NotFoundError } from '../../core/errors.js';
import type { CaseStore } from '../../core/ports/case-store.js';
import type { Clock } from '../../core/ports/clock.js';
import type { Logger } from '../../core/ports/logger.js';
import type { WorkerRecord, WorkerStore } from '../../core/ports/worker-store.js';
import type { WorkerDesk } from '../../core/worker-desk.js';
import { claimActionId, formatWaiting, openInboxActionId, shortCaseId } from './case-card-blocks.js';
import type { SlackCardDirectory } from './slack-card-directory.js';
import { escapeForSlack, slackToPlainText } from './slack-text.js';
import { topics } from '../../core/taxonomy/index.js';

export interface SlackDeskListenerDependencies {
  desk: WorkerDesk;
  cases: CaseStore;
  workers: WorkerStore;
  directory: SlackCardDirectory;
  clock: Clock;
  logger: Logger;
  command: string;
  inboxUrl(caseId: string): string;
}

export const slackTexts = {
  notLinked: 'Je Slack-account is nog niet gekoppeld aan een Inloop-account, dus je kunt hier geen zaken oppakken of beantwoorden. Vraag een beheerder: `npm run workers -- link-slack <gebruikersnaam> <jouw Slack user ID>`.',
  alreadyClaimed: 'Een collega heeft deze zaak net opgepakt. Kies een andere zaak.',
  caseGone: 'Deze zaak bestaat niet meer.',
  claimFirst: 'Je bericht is *niet* naar de inwoner gestuurd: pak de zaak eerst op met de knop *Oppakken*.',
  claimedByOther: (name: string) => `Je bericht is *niet* naar de inwoner gestuurd: ${escapeForSlack(name)} heeft deze zaak.`,
  closed: 'Je bericht is *niet* verstuurd: deze zaak is afgesloten.',
  noteSaved: 'Notitie bewaard. De inwoner ziet die niet.',
  closedConfirmation: (reference: string) => `Zaak \`${reference}\` is afgesloten.`,
  usage: (command: string) => `\`${command}\` toont de wachtende zaken. \`${command} close <zaak> <uitkomst>\` sluit een zaak af (de zaak is de code op de kaart). In de thread van een zaak: een bericht gaat naar de inwoner, \`note: ...\` is een notitie, \`close: <uitkomst>\` sluit af; begin de uitkomst met beantwoord, doorverwezen <partner>, collectief, geen contact of afgewezen om hem mee te tellen in de cijfers. Een coördinator die de zaak van een collega sluit, bevestigt met \`close!\`.`,
  noWaiting: 'Er wachten nu geen zaken.',
  unknownCase: (reference: string) => `Geen open zaak gevonden met code \`${escapeForSlack(reference)}\`.`,
  /** The desk's refusal (docs/operators/security.md); a coordinator hears how to confirm, in the same place they asked. */
  refused: (error: DeskPermissionError, confirmHow: string) => {
    const name = escapeForSlack(error.assigneeName ?? 'een collega');
    if (error.reason === 'other-team') return 'Deze zaak hoort bij een ander team. Vraag een collega van dat team of een coördinator.';
    if (error.reason === 'colleague-case') {
      return `Niet gedaan: deze zaak is van ${name}. Alleen ${name} zelf (door de zaak over te dragen) of een coördinator kan hem overnemen of sluiten.`;
    }
    const firm = error.crisis ? ' *Let op: dit is een crisiszaak.* Overleg eerst met ' + name + ' als dat kan.' : '';
    return `Niet gedaan: deze casus is van ${name}. Wil je hem overnemen?${firm} Bevestig dan met ${confirmHow}; ${name} krijgt daar bericht van.`;
  },
};

const notePrefix = /^\s*(note|notitie)\s*:\s*/i;
const closePrefix = /^\s*(close|afsluiten)(!?)\s*:\s*/i;

/** Slack → desk: the card's buttons, replies in a card's thread, and the slash command. */
export function registerSlackDeskListeners(app: App, dependencies: SlackDeskListenerDependencies): void {
  const { desk, cases, workers, directory, clock, logger, command, inboxUrl } = dependencies;

  const handledMessages = new Set<string>();
  const linkedWorker = (slackUserId: string | undefined): Promise<WorkerRecord | null> =>
    slackUserId ? workers.findWorkerBySlackUser(slackUserId) : Promise.resolve(null);

  async function tell(client: App['client'], channel: string, user: string, text: string, threadTs?: string): Promise<void> {
    await client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  }

  /** A full case id, or the short code on the card, among the open cases. */
  async function findOpenCase(reference: string): Promise<string | null> {
    const open = await cases.listCases({ statuses: ['waiting', 'claimed'] });
    const code = reference.toLowerCase().replace(/[`-]/g, '');
    const matches = open.filter((record) => record.id === reference || (code.length >= 6 && record.id.replace(/-/g, '').endsWith(code)));
    return matches.length === 1 ? matches[0]!.id : null;
  }

  app.action(claimActionId, async ({ ack, body, client, action }) => {
    await ack();
    const user = body.user.id;
    const channel = body.channel?.id;
    const caseId = 'value' in action && typeof action.value === 'string' ? action.value : null;
    if (!channel || !caseId) return;
    const worker = await linkedWorker(user);
    if (!worker) return tell(client, channel, user, slackTexts.notLinked);
    try {
      // The card itself is updated by the case-updated event, exactly as for a claim from the web inbox.
      await desk.claim(caseId, worker.id);
    } catch (error) {
      if (error instanceof DeskPermissionError) return tell(client, channel, user, slackTexts.refused(error, 'de knop *Overnemen* in de inbox'));
      if (error instanceof CaseClaimConflictError) return tell(client, channel, user, slackTexts.alreadyClaimed);
      if (error instanceof NotFoundError) return tell(client, channel, user, slackTexts.caseGone);
      throw error;
    }
  });

  // A URL button still sends an interaction; it only needs an answer.
  app.action(openInboxActionId, async ({ ack }) => {
    await ack();
  });

  app.event('message', async ({ event, client }) => {
    const message = event as unknown as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string };
    // Only plain messages by people, inside a thread; edits, deletions, joins and bots are left alone.
    if (message.subtype || message.bot_id || !message.user || !message.thread_ts || message.thread_ts === message.ts) return;
    // Slack redelivers an event it thinks was not received (X-Slack-Retry-Num): a reply must reach the resident once.
    const messageKey = `${message.channel}/${message.ts}`;
    if (handledMessages.has(messageKey)) return;
    if (handledMessages.size >= 5_000) handledMessages.clear();
    handledMessages.add(messageKey);
    const caseId = await directory.caseOfThread(message.channel, message.thread_ts);
    if (!caseId) return;
    const thread = message.thread_ts;
    const worker = await linkedWorker(message.user);
    if (!worker) return tell(client, message.channel, message.user, slackTexts.notLinked, thread);
    const text = slackToPlainText(message.text ?? '');
    if (!text) return;
    try {
      if (notePrefix.test(text)) {
        const note = text.replace(notePrefix, '');
        if (note) await desk.addNote(caseId, worker.id, note);
        return tell(client, message.channel, message.user, slackTexts.noteSaved, thread);
      }
      const closing = closePrefix.exec(text);
      if (closing) {
        // `close!:` is the coordinator's confirmation that they take the case from a colleague.
        await desk.close(caseId, worker.id, text.replace(closePrefix, ''), { confirmTakeOver: closing[2] === '!' });
        return;
      }
      await desk.reply(caseId, worker.id, text);
    } catch (error) {
      if (error instanceof DeskPermissionError) return tell(client, message.channel, message.user, slackTexts.refused(error, '`close!: <uitkomst>`'), thread);
      if (!(error instanceof CaseStatusError) && !(error instanceof NotFoundError) && !(error instanceof CaseClaimConflictError)) throw error;
      const record = await cases.findCase(caseId);
      let explanation = slackTexts.claimFirst;
      if (!record || record.status === 'closed') explanation = slackTexts.closed;
      else if (record.assigneeId && record.assigneeId !== worker.id) {
        explanation = slackTexts.claimedByOther((await workers.findWorkerById(record.assigneeId))?.displayName ?? 'een collega');
      }
      return tell(client, message.channel, message.user, explanation, thread);
    }
  });

  // Slash commands carry no thread, so closing names the case: `/inloop close <code> <outcome>`.
  app.command(command, async ({ ack, command: invocation }) => {
    const worker = await linkedWorker(invocation.user_id);
    if (!worker) return ack({ response_type: 'ephemeral', text: slackTexts.notLinked });
    const [verb = '', reference = '', ...outcome] = invocation.text.trim().split(/\s+/);
    if (verb === '' || verb === 'list' || verb === 'lijst') {
      const waiting = await desk.queue(worker.id, { statuses: ['waiting'] });
      if (!waiting.length) return ack({ response_type: 'ephemeral', text: slackTexts.noWaiting });
      const now = clock.now();
      const lines = waiting.slice(0, 40).map((record) => {
        const marker = record.crisis || record.urgency === 'crisis' ? '🚨 *CRISIS* · ' : record.urgency === 'urgent' ? '⚠️ dringend · ' : '';
        const topicText = record.topics.map((topic) => topics[topic.id]?.label.nl ?? topic.id).join(', ') || 'onderwerp onduidelijk';
        const waited = formatWaiting(Math.max(0, Math.round((now.getTime() - record.createdAt.getTime()) / 60_000)));
        return `• ${marker}\`${shortCaseId(record.id)}\` ${escapeForSlack(topicText)} · wacht ${waited} · <${inboxUrl(record.id)}|open in inbox>`;
      });
      const more = waiting.length > 40 ? `\n…en nog ${waiting.length - 40}.` : '';
      return ack({ response_type: 'ephemeral', text: `*Wachtende zaken (${waiting.length})*\n${lines.join('\n')}${more}` });
    }
    if (verb === 'close' || verb === 'afsluiten' || verb === 'close!' || verb === 'afsluiten!') {
      const caseId = reference ? await findOpenCase(reference) : null;
      if (!caseId || !outcome.length) {
        return ack({ response_type: 'ephemeral', text: caseId ? slackTexts.usage(command) : slackTexts.unknownCase(reference) });
      }
      try {
        await desk.close(caseId, worker.id, outcome.join(' '), { confirmTakeOver: verb.endsWith('!') });
      } catch (error) {
        if (error instanceof DeskPermissionError) {
          return ack({ response_type: 'ephemeral', text: slackTexts.refused(error, `\`${command} close! ${shortCaseId(caseId)} <uitkomst>\``) });
        }
        logger.warn({ err: error, caseId, channel: 'slack' }, 'close from slack failed');
        return ack({ response_type: 'ephemeral', text: slackTexts.closed });
      }
      return ack({ response_type: 'ephemeral', text: slackTexts.closedConfirmation(shortCaseId(caseId)) });
    }
    return ack({ response_type: 'ephemeral', text: slackTexts.usage(command) });
  });
}
