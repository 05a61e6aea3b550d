import type { types } from '@slack/bolt';
import type { CaseRecord, ContactPreference } from '../../core/ports/case-record.js';
import type { CheckInRecord, SatisfactionAnswer } from '../../core/ports/follow-up-store.js';
import { domainLabels, topics, type CrisisId, type Urgency } from '../../core/taxonomy/index.js';
import { escapeForSlack } from './slack-text.js';

type KnownBlock = types.KnownBlock;

export const claimActionId = 'case-claim';
export const openInboxActionId = 'case-open-inbox';

const crisisLabels: Record<CrisisId, string> = { suicide: 'zelfdoding', violence: 'geweld of onveiligheid', emergency: 'noodgeval' };
const urgencyLabels: Record<Urgency, string> = { crisis: 'CRISIS', urgent: 'Dringend (deze week)', normal: 'Normaal' };
const contactLabels: Record<ContactPreference, string> = { chat: 'hier in de chat', phone: 'bellen', visit: 'op bezoek' };
export const satisfactionLabels: Record<SatisfactionAnswer, string> = { yes: 'Ja', partly: 'Deels', no: 'Nee' };

export interface CardAssignee {
  displayName: string;
  slackUserId: string | null;
}

export interface CaseCardInput {
  record: CaseRecord;
  assignee: CardAssignee | null;
  inboxUrl: string;
  now: Date;
  /** The resident's answers to "Is je vraag opgelost?" after closing (a closed case only). */
  satisfaction?: Pick<CheckInRecord, 'answer' | 'score' | 'comment'> | null;
}

/**
 * The short code shown on a card and accepted by `/inloop close`: the id's last 8 hex digits
 * (ids are UUID v7, whose first digits are a timestamp shared by cases of the same hour).
 */
export function shortCaseId(caseId: string): string {
  return caseId.replace(/-/g, '').slice(-8);
}

function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
}

export function formatWaiting(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} uur ${minutes % 60} min` : `${Math.floor(hours / 24)} dagen`;
}

function headline(record: CaseRecord): string {
  const prefix = record.status === 'closed' ? 'Afgesloten' : record.status === 'claimed' ? 'Opgepakt' : 'Nieuwe zaak';
  if (record.crisis || record.urgency === 'crisis') {
    return `🚨 CRISIS${record.crisis ? `: ${crisisLabels[record.crisis]}` : ''} · ${prefix}`;
  }
  return record.urgency === 'urgent' ? `⚠️ Dringend · ${prefix}` : prefix;
}

function who(assignee: CardAssignee | null): string {
  if (!assignee) return 'een collega';
  return assignee.slackUserId ? `<@${assignee.slackUserId}> (${escapeForSlack(assignee.displayName)})` : escapeForSlack(assignee.displayName);
}

function statusLine({ record, assignee, now }: CaseCardInput): string {
  if (record.status === 'closed') return `✅ Afgesloten${record.outcome ? `: ${escapeForSlack(record.outcome)}` : ''}`;
  if (record.status === 'claimed') {
    const waited = formatWaiting(minutesBetween(record.createdAt, record.claimedAt ?? now));
    return `👤 Opgepakt door ${who(assignee)} na ${waited} wachten. Antwoord in deze thread; \`note: ...\` is een notitie, \`close: <uitkomst>\` sluit af.`;
  }
  return `⏳ Wacht op een sociaal werker (${formatWaiting(minutesBetween(record.createdAt, now))}).`;
}

/** The answers after closing, as the inbox's card shows them (docs/coordinators.md "Follow-up and satisfaction"); null before an answer. */
function satisfactionLine(satisfaction: CaseCardInput['satisfaction']): string | null {
  if (!satisfaction?.answer) return null;
  const parts = [
    `Vraag opgelost: *${satisfactionLabels[satisfaction.answer]}*`,
    `Cijfer (1-5): ${satisfaction.score ?? 'geen cijfer gegeven'}`,
    `Reactie van de inwoner: ${satisfaction.comment ? `“${escapeForSlack(satisfaction.comment)}”` : 'geen reactie'}`,
  ];
  return `💬 *Na afsluiten gevraagd* · ${parts.join(' · ')}`;
}

/** The fallback text of a card: no personal content, it shows up in notifications. */
export function caseCardText(record: CaseRecord): string {
  const topicText = record.topics.map((topic) => topics[topic.id]?.label.nl ?? topic.id).join(', ') || 'onderwerp nog onduidelijk';
  return `${headline(record)}: ${topicText}`;
}

/** A case as a Slack Block Kit card: the same facts as the inbox's card, minus contact details. */
export function caseCardBlocks(input: CaseCardInput): KnownBlock[] {
  const { record, inboxUrl } = input;
  const topicText = record.topics.length
    ? record.topics.map((topic) => `${topics[topic.id]?.label.nl ?? topic.id} (${Math.round(topic.confidence * 100)}%)`).join(', ')
    : 'nog onduidelijk';
  const firstWords = record.firstWords.trim();
  const summary = record.summary
    ? escapeForSlack(record.summary)
    : `_Nog geen bevestigde samenvatting._ ${firstWords ? `Eerste woorden: “${escapeForSlack(firstWords.slice(0, 500))}”` : 'Lees het gesprek in de inbox.'}`;
  const epoch = Math.floor(record.createdAt.getTime() / 1000);
  const satisfaction = record.status === 'closed' ? satisfactionLine(input.satisfaction) : null;
  const fields = [
    `*Onderwerpen*\n${escapeForSlack(topicText)}`,
    `*Domein*\n${record.domain ? domainLabels[record.domain].nl : 'nog onduidelijk'}`,
    `*Urgentie*\n${record.crisis || record.urgency === 'crisis' ? '*🚨 CRISIS*' : urgencyLabels[record.urgency]}`,
    `*Contact*\n${record.contactPreference ? contactLabels[record.contactPreference] : 'nog niet gekozen'} · ${record.ref.channel} · ${record.language}`,
  ];
  const buttons: Record<string, unknown>[] = [];
  if (record.status === 'waiting') {
    buttons.push({ type: 'button', action_id: claimActionId, style: 'primary', value: record.id, text: { type: 'plain_text', text: 'Oppakken' } });
  }
  buttons.push({ type: 'button', action_id: openInboxActionId, url: inboxUrl, text: { type: 'plain_text', text: 'Open in inbox' } });
  return [
    { type: 'header', text: { type: 'plain_text', text: headline(record).slice(0, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: summary.slice(0, 2900) } },
    { type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text: text.slice(0, 2000) })) },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `Binnengekomen <!date^${epoch}^{date_short_pretty} om {time}|${record.createdAt.toISOString()}> · zaak \`${shortCaseId(record.id)}\`` }],
    },
    { type: 'section', text: { type: 'mrkdwn', text: statusLine(input) } },
    ...(satisfaction ? [{ type: 'section', text: { type: 'mrkdwn', text: satisfaction.slice(0, 2900) } }] : []),
    { type: 'actions', elements: buttons },
  ] as KnownBlock[];
}
