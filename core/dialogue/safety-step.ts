import { mentionsRisk, refusesToCall } from '../safety/safety-check.js';
import type { SafetyCheck } from '../ports/case-record.js';
import type { CrisisId, LanguageCode } from '../taxonomy/index.js';
import { safetyTextsFor } from '../texts/safety-texts-for.js';
import type { SafetyTexts } from '../texts/safety-texts.js';
import { availabilityAt } from '../office-hours/office-hours.js';
import { isNo, isYes } from './answer-matching.js';
import { chooseLanguage } from './choose-language.js';
import { detectCommand } from './commands.js';
import { initialSafetyState, type DialogueState, type Phase, type SafetyState } from './dialogue-state.js';
import type { Turn } from './dialogue-turn.js';
import { absorbMessage } from './intake-progress.js';

/**
 * What safety decided for one message (INTAKE.md "Safety signals"):
 * - `handled`: the turn is a crisis answer, a follow-up in a crisis conversation or the safety question;
 * - `declined`: the resident answered no to the safety question; the intake goes on where it was;
 * - `go-on`: nothing for safety (an answer to the safety question that is neither yes nor no is kept and read as usual).
 */
export type SafetyOutcome = 'handled' | 'declined' | 'go-on';

const urgencyOrder: readonly CrisisId[] = ['emergency', 'suicide', 'violence'];
/** Phases in which a message is part of the intake; later ones only add to the story. */
const intakePhases = new Set<Phase>(['new', 'opening', 'choose-domain', 'clarify', 'confirm', 'correct', 'contact', 'contact-details', 'consent', 'offer-details', 'closed']);
const fullLanguages = new Set<LanguageCode>(['nl', 'en', 'tr', 'ar', 'pl', 'uk']);
/** Not a no: "misschien", "soms", "weet ik niet" get the crisis answer, as a crisis line would treat them. */
const maybe = /^(?:misschien|soms|af en toe|een beetje|beetje|weet (?:ik )?(?:het )?niet|ik weet het niet|denk het|ik denk het|maybe|sometimes|not sure|i do not know|i don t know|idk|kind of|kinda|sort of|a bit|belki|bazen|ربما|احيانا|może|czasem|можливо|іноді)\b/u;

export function safetyOf(state: DialogueState): SafetyState {
  return state.safety ?? initialSafetyState();
}

/** Runs before commands and phases on every resident message. */
export function safetyStep(turn: Turn, text: string, quickReplyId: string | null): SafetyOutcome {
  const { classification } = turn.context;
  const signal = classification.safety;
  const safety = safetyOf(turn.state);
  if (safety.pendingConcern && signal.tier !== 'crisis') return answerSafetyQuestion(turn, safety.pendingConcern, text, quickReplyId);
  if (signal.tier === 'crisis' && signal.crisis) {
    crisisAnswer(turn, signal.crisis, signal.bystander, text);
    return 'handled';
  }
  if (turn.state.crisis && turn.state.phase === 'handed-off' && !quickReplyId && !detectCommand(text)) {
    crisisFollowUp(turn, turn.state.crisis, text);
    return 'handled';
  }
  if (signal.tier === 'concern' && signal.concern && turn.state.phase !== 'with-worker' && turn.state.phase !== 'confirm-forget' && !safety.said.includes(`concern:${signal.concern}`)) {
    askSafetyQuestion(turn, signal.concern, text);
    return 'handled';
  }
  return 'go-on';
}

/** The resident's language for safety texts: the intake may speak only Dutch or English, the numbers must be understood. */
function safetyLanguage(turn: Turn, text: string): LanguageCode {
  const words = text.split(/\s+/).filter(Boolean).length;
  const detected = turn.context.classification.language;
  if (words >= 3) return detected === 'nl' || detected === 'en' ? turn.state.language : detected;
  const known = safetyOf(turn.state).language;
  return known ?? (fullLanguages.has(turn.state.detectedLanguage) ? turn.state.detectedLanguage : turn.state.language);
}

function updateSafety(turn: Turn, patch: Partial<SafetyState>): void {
  turn.update({ safety: { ...safetyOf(turn.state), ...patch } });
}

function markSaid(turn: Turn, ...keys: string[]): void {
  const said = safetyOf(turn.state).said;
  updateSafety(turn, { said: [...said, ...keys.filter((key) => !said.includes(key))] });
}

/** The message joins the intake while there is one, or the story the worker reads. */
function keepMessage(turn: Turn, text: string): void {
  if (text.trim() === '') return;
  const phase = turn.state.phase;
  if (phase === 'new' || phase === 'closed') turn.update(chooseLanguage({ ...turn.state, phase: 'new' }, turn.context.classification, text));
  // Topics and urgency only: a crisis message is no answer to the question that was pending ("wat zou helpen").
  if (intakePhases.has(phase)) turn.update({ ...absorbMessage(turn.state, text, turn.context.classification), slots: turn.state.slots });
  else if (phase === 'handed-off') turn.update({ story: [...turn.state.story, text] });
}

function mostUrgent(known: CrisisId | null, found: CrisisId): CrisisId {
  if (!known) return found;
  return urgencyOrder.indexOf(found) < urgencyOrder.indexOf(known) ? found : known;
}

/** A text of `stayWithYou` not said yet; when all were, the one after the last, so never the same twice in a row. */
function nextStayText(turn: Turn, texts: SafetyTexts): string {
  const said = safetyOf(turn.state).said;
  const count = texts.stayWithYou.length;
  let index = texts.stayWithYou.findIndex((_, candidate) => !said.includes(`stay:${candidate}`));
  if (index < 0) {
    const last = Number(said.filter((key) => key.startsWith('stay:')).at(-1)?.slice(5) ?? -1);
    index = (last + 1) % count;
    updateSafety(turn, { said: [...said.filter((key) => key !== `stay:${index}`)] });
  }
  markSaid(turn, `stay:${index}`);
  return texts.stayWithYou[index]!;
}

/** Honest about time: open now, or when the team reads it and that the numbers are there now. */
function handOffText(turn: Turn, texts: SafetyTexts): string {
  const availability = availabilityAt(turn.context.now, turn.context.settings.officeHours);
  if (availability.open) return texts.handOffOpen;
  return texts.handOffClosed(availability, turn.context.settings.crisisNumbers);
}

function crisisAnswer(turn: Turn, found: CrisisId, bystander: boolean, text: string): void {
  keepMessage(turn, text);
  const language = safetyLanguage(turn, text);
  const texts = safetyTextsFor(language, turn.state.formal ?? false);
  const numbers = turn.context.settings.crisisNumbers;
  const crisis = mostUrgent(turn.state.crisis, found);
  turn.update({ crisis, urgency: 'crisis', offeredReplies: [] });
  updateSafety(turn, { language, pendingConcern: null });
  const said = safetyOf(turn.state).said;
  if (!said.includes(`crisis:${found}`)) {
    turn.say(bystander ? texts.bystander(found, numbers) : texts.crisis(found, numbers), [], 'crisis');
    markSaid(turn, `crisis:${found}`);
  } else {
    followUpText(turn, found, text, texts);
  }
  const activeCase = turn.context.activeCase;
  if (activeCase) {
    turn.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { urgency: 'crisis', crisis, safetyCheck: safetyOf(turn.state).check } });
    if (turn.state.phase === 'with-worker') {
      if (!safetyOf(turn.state).said.includes('worker-alerted')) turn.say(texts.workerAlerted, [], 'crisis');
      markSaid(turn, 'worker-alerted');
      return;
    }
  } else {
    turn.openCase(true);
  }
  if (!safetyOf(turn.state).said.includes('hand-off')) {
    turn.say(handOffText(turn, texts), [], 'crisis');
    markSaid(turn, 'hand-off');
  }
}

/** A later message in a crisis conversation: more risk gets more urgency, a refusal the other ways; never the same text twice. */
function followUpText(turn: Turn, crisis: CrisisId, text: string, texts: SafetyTexts): void {
  const numbers = turn.context.settings.crisisNumbers;
  const said = safetyOf(turn.state).said;
  if (refusesToCall(text) && !said.includes(`refusal:${crisis}`)) {
    turn.say(texts.refusesToCall(crisis, numbers), [], 'crisis');
    markSaid(turn, `refusal:${crisis}`);
    return;
  }
  if (mentionsRisk(text) && !said.includes(`urgent:${crisis}`)) {
    turn.say(texts.urgent(crisis, numbers), [], 'crisis');
    markSaid(turn, `urgent:${crisis}`);
    return;
  }
  turn.say(nextStayText(turn, texts), [], 'crisis');
}

function crisisFollowUp(turn: Turn, crisis: CrisisId, text: string): void {
  keepMessage(turn, text);
  const texts = safetyTextsFor(safetyOf(turn.state).language ?? safetyLanguage(turn, text), turn.state.formal ?? false);
  const risky = mentionsRisk(text);
  followUpText(turn, crisis, text, texts);
  // More risk re-raises the case, so the worker's queue and alerts show it again.
  const activeCase = turn.context.activeCase;
  if (risky && activeCase) turn.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { urgency: 'crisis', crisis } });
}

function askSafetyQuestion(turn: Turn, concern: CrisisId, text: string): void {
  const firstMessage = turn.state.phase === 'new' || turn.state.phase === 'closed';
  const phaseBefore = turn.state.phase;
  keepMessage(turn, text);
  const language = safetyLanguage(turn, text);
  const texts = safetyTextsFor(language, turn.state.formal ?? false);
  // The first thing said in a conversation says what the assistant is (EU AI Act, art. 50).
  if (firstMessage && (turn.state.language === language)) turn.say(phaseBefore === 'closed' ? turn.texts.welcomeBack : turn.texts.welcome);
  const check: SafetyCheck = { concern, answer: null, askedAt: turn.context.now.toISOString() };
  updateSafety(turn, { language, pendingConcern: concern, phaseBeforeConcern: firstMessage ? 'opening' : phaseBefore, check });
  markSaid(turn, `concern:${concern}`);
  turn.say(texts.concernQuestion(concern, turn.context.settings.crisisNumbers), [
    { id: 'concern:yes', label: texts.concernYes },
    { id: 'concern:no', label: texts.concernNo },
  ], 'crisis');
  const activeCase = turn.context.activeCase;
  if (activeCase) turn.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { safetyCheck: check } });
}

function answerSafetyQuestion(turn: Turn, concern: CrisisId, text: string, quickReplyId: string | null): SafetyOutcome {
  const safety = safetyOf(turn.state);
  const yes = quickReplyId === 'concern:yes' || (!quickReplyId && (isYes(text) || maybe.test(text.toLowerCase().trim())));
  const no = !yes && (quickReplyId === 'concern:no' || (!quickReplyId && isNo(text)));
  const answer: SafetyCheck['answer'] = yes ? 'yes' : no ? 'no' : 'other';
  const check: SafetyCheck = { ...(safety.check ?? { concern, askedAt: turn.context.now.toISOString() }), concern, answer };
  updateSafety(turn, { pendingConcern: null, phaseBeforeConcern: null, check });
  turn.update({ phase: safety.phaseBeforeConcern ?? turn.state.phase });
  const activeCase = turn.context.activeCase;
  if (yes) {
    // The answer itself ("ja") is no new fact for the intake; the crisis answer follows.
    crisisAnswer(turn, concern, false, quickReplyId ? '' : text);
    return 'handled';
  }
  if (activeCase) turn.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { safetyCheck: check } });
  if (no) {
    turn.say(safetyTextsFor(safety.language ?? turn.state.language, turn.state.formal ?? false).concernDeclined);
    return 'declined';
  }
  return 'go-on';
}
