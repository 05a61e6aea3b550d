import type { SatisfactionStepAnswered } from '../../core/ports/event-bus.js';
import type { CheckInRecord } from '../../core/ports/follow-up-store.js';
import { satisfactionLabels } from './case-card-blocks.js';
import { escapeForSlack } from './slack-text.js';

/**
 * The short notice in a closed case's thread when the resident answers a step of "Is je vraag
 * opgelost?" (docs/workers/slack.md). The values come from the stored question; the open answer is
 * escaped like every resident text. Null when there is nothing to say (a skipped step).
 */
export function satisfactionNotice(answered: SatisfactionStepAnswered, satisfaction: Pick<CheckInRecord, 'answer' | 'score' | 'comment'> | null): string | null {
  if (answered === 'stopped') return '💬 *Na afsluiten:* de inwoner wil niet meer gevraagd worden of de vraag is opgelost ("stop").';
  if (answered === 'answer' && satisfaction?.answer) return `💬 *Na afsluiten:* op "Is je vraag opgelost?" antwoordt de inwoner *${satisfactionLabels[satisfaction.answer]}*.`;
  if (answered === 'score' && satisfaction?.score) return `💬 *Na afsluiten:* de inwoner geeft onze hulp het cijfer *${satisfaction.score}* (van 1 tot 5).`;
  if (answered === 'comment' && satisfaction?.comment) return `💬 *Na afsluiten, reactie van de inwoner:* “${escapeForSlack(satisfaction.comment).slice(0, 2900)}”`;
  return null;
}
