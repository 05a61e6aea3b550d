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
import type { StepInProgress } from './step-in-progress.js';
import { absorbMessage } from './intake-progress.js';

/**
 * What safety decided for one message (docs/residents/intake.md "Safety signals"):
 * - `handled`: the step is a crisis answer, a follow-up in a crisis conversation or the safety question;
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
export function safetyStep(step: StepInProgress, text: string, quickReplyId: string | null): SafetyOutcome {
  const { classification } = step.context;
  const signal = classification.safety;
  const safety = safetyOf(step.state);
  if (safety.pendingConcern && signal.tier !== 'crisis') return answerSafetyQuestion(step, safety.pendingConcern, text, quickReplyId);
  if (signal.tier === 'crisis' && signal.crisis) {
    crisisAnswer(step, signal.crisis, signal.bystander, text);
    return 'handled';
  }
  if (step.state.crisis && step.state.phase === 'handed-off' && !quickReplyId && !detectCommand(text)) {
    crisisFollowUp(step, step.state.crisis, text);
    return 'handled';
  }
  if (signal.tier === 'concern' && signal.concern && step.state.phase !== 'with-worker' && step.state.phase !== 'confirm-forget' && !safety.said.includes(`concern:${signal.concern}`)) {
    askSafetyQuestion(step, signal.concern, text);
    return 'handled';
  }
  return 'go-on';
}

/** The resident's language for safety texts: the intake may speak only Dutch or English, the numbers must be understood. */
function safetyLanguage(step: StepInProgress, text: string): LanguageCode {
  const words = text.split(/\s+/).filter(Boolean).length;
  const detected = step.context.classification.language;
  if (words >= 3) return detected === 'nl' || detected === 'en' ? step.state.language : detected;
  const known = safetyOf(step.state).language;
  return known ?? (fullLanguages.has(step.state.detectedLanguage) ? step.state.detectedLanguage : step.state.language);
}

function updateSafety(step: StepInProgress, patch: Partial<SafetyState>): void {
  step.update({ safety: { ...safetyOf(step.state), ...patch } });
}

function markSaid(step: StepInProgress, ...keys: string[]): void {
  const said = safetyOf(step.state).said;
  updateSafety(step, { said: [...said, ...keys.filter((key) => !said.includes(key))] });
}

/** The message joins the intake while there is one, or the story the worker reads. */
function keepMessage(step: StepInProgress, text: string): void {
  if (text.trim() === '') return;
  const phase = step.state.phase;
  if (phase === 'new' || phase === 'closed') step.update(chooseLanguage({ ...step.state, phase: 'new' }, step.context.classification, text));
  // Topics and urgency only: a crisis message is no answer to the question that was pending ("wat zou helpen").
  if (intakePhases.has(phase)) step.update({ ...absorbMessage(step.state, text, step.context.classification), slots: step.state.slots });
  else if (phase === 'handed-off') step.update({ story: [...step.state.story, text] });
}

function mostUrgent(known: CrisisId | null, found: CrisisId): CrisisId {
  if (!known) return found;
  return urgencyOrder.indexOf(found) < urgencyOrder.indexOf(known) ? found : known;
}

/** A text of `stayWithYou` not said yet; when all were, the one after the last, so never the same twice in a row. */
function nextStayText(step: StepInProgress, texts: SafetyTexts): string {
  const said = safetyOf(step.state).said;
  const count = texts.stayWithYou.length;
  let index = texts.stayWithYou.findIndex((_, candidate) => !said.includes(`stay:${candidate}`));
  if (index < 0) {
    const last = Number(said.filter((key) => key.startsWith('stay:')).at(-1)?.slice(5) ?? -1);
    index = (last + 1) % count;
    updateSafety(step, { said: [...said.filter((key) => key !== `stay:${index}`)] });
  }
  markSaid(step, `stay:${index}`);
  return texts.stayWithYou[index]!;
}

/** Honest about time: open now, or when the team reads it and that the numbers are there now. */
function handOffText(step: StepInProgress, texts: SafetyTexts): string {
  const availability = availabilityAt(step.context.now, step.context.settings.officeHours);
  if (availability.open) return texts.handOffOpen;
  return texts.handOffClosed(availability, step.context.settings.crisisNumbers);
}

function crisisAnswer(step: StepInProgress, found: CrisisId, bystander: boolean, text: string): void {
  keepMessage(step, text);
  const language = safetyLanguage(step, text);
  const texts = safetyTextsFor(language, step.state.formal ?? false);
  const numbers = step.context.settings.crisisNumbers;
  const crisis = mostUrgent(step.state.crisis, found);
  step.update({ crisis, urgency: 'crisis', offeredReplies: [] });
  updateSafety(step, { language, pendingConcern: null });
  const said = safetyOf(step.state).said;
  if (!said.includes(`crisis:${found}`)) {
    step.say(bystander ? texts.bystander(found, numbers) : texts.crisis(found, numbers), [], 'crisis');
    markSaid(step, `crisis:${found}`);
  } else {
    followUpText(step, found, text, texts);
  }
  const activeCase = step.context.activeCase;
  if (activeCase) {
    step.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { urgency: 'crisis', crisis, safetyCheck: safetyOf(step.state).check } });
    if (step.state.phase === 'with-worker') {
      if (!safetyOf(step.state).said.includes('worker-alerted')) step.say(texts.workerAlerted, [], 'crisis');
      markSaid(step, 'worker-alerted');
      return;
    }
  } else {
    step.openCase(true);
  }
  if (!safetyOf(step.state).said.includes('hand-off')) {
    step.say(handOffText(step, texts), [], 'crisis');
    markSaid(step, 'hand-off');
  }
}

/** A later message in a crisis conversation: more risk gets more urgency, a refusal the other ways; never the same text twice. */
function followUpText(step: StepInProgress, crisis: CrisisId, text: string, texts: SafetyTexts): void {
  const numbers = step.context.settings.crisisNumbers;
  const said = safetyOf(step.state).said;
  if (refusesToCall(text) && !said.includes(`refusal:${crisis}`)) {
    step.say(texts.refusesToCall(crisis, numbers), [], 'crisis');
    markSaid(step, `refusal:${crisis}`);
    return;
  }
  if (mentionsRisk(text) && !said.includes(`urgent:${crisis}`)) {
    step.say(texts.urgent(crisis, numbers), [], 'crisis');
    markSaid(step, `urgent:${crisis}`);
    return;
  }
  step.say(nextStayText(step, texts), [], 'crisis');
}

function crisisFollowUp(step: StepInProgress, crisis: CrisisId, text: string): void {
  keepMessage(step, text);
  const texts = safetyTextsFor(safetyOf(step.state).language ?? safetyLanguage(step, text), step.state.formal ?? false);
  const risky = mentionsRisk(text);
  followUpText(step, crisis, text, texts);
  // More risk re-raises the case, so the worker's queue and alerts show it again.
  const activeCase = step.context.activeCase;
  if (risky && activeCase) step.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { urgency: 'crisis', crisis } });
}

function askSafetyQuestion(step: StepInProgress, concern: CrisisId, text: string): void {
  const firstMessage = step.state.phase === 'new' || step.state.phase === 'closed';
  const phaseBefore = step.state.phase;
  keepMessage(step, text);
  const language = safetyLanguage(step, text);
  const texts = safetyTextsFor(language, step.state.formal ?? false);
  // The first thing said in a conversation says what the assistant is (EU AI Act, art. 50).
  if (firstMessage && (step.state.language === language)) step.say(phaseBefore === 'closed' ? step.texts.welcomeBack : step.texts.welcome);
  const check: SafetyCheck = { concern, answer: null, askedAt: step.context.now.toISOString() };
  updateSafety(step, { language, pendingConcern: concern, phaseBeforeConcern: firstMessage ? 'opening' : phaseBefore, check });
  markSaid(step, `concern:${concern}`);
  step.say(texts.concernQuestion(concern, step.context.settings.crisisNumbers), [
    { id: 'concern:yes', label: texts.concernYes },
    { id: 'concern:no', label: texts.concernNo },
  ], 'crisis');
  const activeCase = step.context.activeCase;
  if (activeCase) step.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { safetyCheck: check } });
}

function answerSafetyQuestion(step: StepInProgress, concern: CrisisId, text: string, quickReplyId: string | null): SafetyOutcome {
  const safety = safetyOf(step.state);
  const yes = quickReplyId === 'concern:yes' || (!quickReplyId && (isYes(text) || maybe.test(text.toLowerCase().trim())));
  const no = !yes && (quickReplyId === 'concern:no' || (!quickReplyId && isNo(text)));
  const answer: SafetyCheck['answer'] = yes ? 'yes' : no ? 'no' : 'other';
  const check: SafetyCheck = { ...(safety.check ?? { concern, askedAt: step.context.now.toISOString() }), concern, answer };
  updateSafety(step, { pendingConcern: null, phaseBeforeConcern: null, check });
  step.update({ phase: safety.phaseBeforeConcern ?? step.state.phase });
  const activeCase = step.context.activeCase;
  if (yes) {
    // The answer itself ("ja") is no new fact for the intake; the crisis answer follows.
    crisisAnswer(step, concern, false, quickReplyId ? '' : text);
    return 'handled';
  }
  if (activeCase) step.effects.push({ type: 'update-case', caseId: activeCase.id, patch: { safetyCheck: check } });
  if (no) {
    step.say(safetyTextsFor(safety.language ?? step.state.language, step.state.formal ?? false).concernDeclined);
    return 'declined';
  }
  return 'go-on';
}
