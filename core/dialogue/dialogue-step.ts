import type { Classification } from '../classification/classification.js';
import type { NewCase } from '../ports/case-record.js';
import type { MessageKind, Reply } from '../ports/message.js';
import { domainIds, type DomainId } from '../taxonomy/index.js';
import { otherLanguageNote } from '../texts/other-language-texts.js';
import type { CrisisNumbers } from '../texts/assistant-texts.js';
import type { OfficeHours } from '../office-hours/office-hours.js';
import { findOffer, type SocialMap } from '../social-map/social-map.js';
import { detectCommand } from './commands.js';
import { initialDialogueState, type DialogueState } from './dialogue-state.js';
import { absorbMessage, nextQuestion } from './intake-progress.js';
import { questionById } from './question-bank.js';
import { summaryLines } from './summary.js';
import { matchQuickReply, isNo, isYes, contactPreferenceIn } from './answer-matching.js';
import { Turn } from './dialogue-turn.js';
import { chooseLanguage } from './choose-language.js';
import { safetyStep } from './safety-step.js';
import { askedAgainLead, isQuestionBack } from './question-back.js';
import { answerSlots } from './answer-slots.js';
import { acknowledgedIn, acknowledgements } from './acknowledgement.js';
import { extractFacts, mergeFacts, noFacts } from '../facts/extract-facts.js';
import { confirmReplies, consentReplies, contactReplies, domainReplies } from './quick-replies.js';
import type { RoleConfiguration } from '../roles/role-configuration.js';
import { offersHelp } from './offer-of-help.js';
import { offerTexts } from '../texts/offer-texts.js';

export interface DialogueSettings {
  maximumQuestions: number;
  officeHours: OfficeHours;
  socialMap: SocialMap;
  crisisNumbers: CrisisNumbers;
  retentionDays: number;
  /** Which role gets a case (core/roles/); absent: INTAKE.md's defaults. */
  roles?: RoleConfiguration;
}

export interface DialogueEvent {
  text: string;
  kind: MessageKind;
  quickReplyId?: string;
  /** Characters kept when a long message was cut. */
  truncatedTo?: number;
}

export interface StepContext {
  classification: Classification;
  now: Date;
  /** The conversation's waiting or claimed case, looked up before the step. */
  activeCase: { id: string; status: 'waiting' | 'claimed' } | null;
  settings: DialogueSettings;
  /** A question a language model would ask next; used only when it is an open question of the bank that is due anyway. */
  preferredQuestionId?: string | null;
}

export type DialogueEffect =
  | { type: 'open-case'; draft: Omit<NewCase, 'conversationId'> }
  | { type: 'update-case'; caseId: string; patch: Partial<NewCase> }
  | { type: 'erase-resident' };

export interface StepResult {
  state: DialogueState;
  replies: Reply[];
  effects: DialogueEffect[];
}


/** One resident message: (state, event) → (state, replies, effects). Pure: no I/O, no clock, no randomness. */
export function dialogueStep(previous: DialogueState, event: DialogueEvent, context: StepContext): StepResult {
  const state = syncWithCase(previous, context);
  const quickReplyId = event.quickReplyId ?? matchQuickReply(event.text, state.offeredReplies);
  const turn = new Turn({ ...state, offeredReplies: [] }, context);
  // Every message's facts are kept, whatever the phase: a deadline told in an answer counts as much as one told first.
  if (event.kind === 'text' && event.text.trim() !== '' && state.phase !== 'confirm-forget') {
    turn.update({ facts: mergeFacts(state.facts ?? noFacts, extractFacts(event.text, context.now)) });
  }
  if (event.kind === 'text') turn.update({ formal: addressedFormally(event.text, state.formal ?? false) });
  // Safety first: a crisis, a crisis conversation, the safety question and its answer.
  const safety = safetyStep(turn, event.kind === 'text' ? event.text : '', quickReplyId);
  if (safety === 'handled') return turn.result();
  if (safety === 'declined') return continueAfterSafetyQuestion(turn).result();
  const command = quickReplyId ? null : detectCommand(event.text);
  if (command) return commandStep(turn, command);
  if (event.kind !== 'text') return turn.say(turn.texts.nonText(event.kind), previous.offeredReplies).result();
  if (event.text.trim().length === 0 && !quickReplyId) return turn.say(turn.texts.empty, previous.offeredReplies).result();
  if (event.truncatedTo) turn.say(turn.texts.tooLong(event.truncatedTo));
  return phaseStep(turn, event.text.trim(), quickReplyId);
}

/** "u" or "uw" makes the conversation formal; a message with "je" or "jij" and no "u" makes it informal again. */
function addressedFormally(text: string, formal: boolean): boolean {
  const lower = text.toLowerCase();
  if (/(?<![\p{L}'])(?:u|uw|uzelf|heeft u|kunt u|wilt u)(?![\p{L}'])/u.test(lower)) return true;
  if (/(?<![\p{L}'])(?:je|jij|jou|jouw|jullie)(?![\p{L}'])/u.test(lower)) return false;
  return formal;
}

function syncWithCase(state: DialogueState, context: StepContext): DialogueState {
  const caseStatus = context.activeCase?.status ?? null;
  if (caseStatus === 'claimed' && state.phase !== 'confirm-forget') return { ...state, phase: 'with-worker' };
  if (caseStatus === 'waiting' && state.phase === 'with-worker') return { ...state, phase: 'handed-off' };
  if (!caseStatus && (state.phase === 'handed-off' || state.phase === 'with-worker')) return { ...state, phase: 'closed' };
  return state;
}

function commandStep(turn: Turn, command: NonNullable<ReturnType<typeof detectCommand>>): StepResult {
  const { texts, state } = turn;
  const handedOff = state.phase === 'handed-off' || state.phase === 'with-worker';
  switch (command) {
    case 'human':
      if (handedOff) return turn.say(texts.stillWaiting).result();
      return turn.openCase(true).say(texts.humanRequested(turn.whenAWorkerReacts())).result();
    case 'stop':
      return turn.update({ ...initialDialogueState(), language: state.language, phase: 'closed' }).say(texts.stopped(turn.context.settings.retentionDays)).result();
    case 'forget':
      return turn
        .update({ phase: 'confirm-forget', phaseBeforeForget: state.phase })
        .say(texts.forgetConfirm, [{ id: 'forget:yes', label: texts.forgetYes }, { id: 'forget:no', label: texts.forgetNo }])
        .result();
    case 'restart':
      if (handedOff) return turn.say(texts.restartWhileHandedOff).result();
      return turn.update({ ...initialDialogueState(), language: state.language, phase: 'opening' }).say(texts.restarted).say(texts.askOpen).result();
    case 'start':
      if (handedOff) return turn.say(texts.welcomeBack).say(texts.stillWaiting).result();
      return turn.update({ ...initialDialogueState(), language: state.language, phase: 'opening' }).say(texts.welcome).say(texts.askOpen).result();
    case 'help':
      turn.say(texts.help);
      return (state.phase === 'new' ? turn.update({ phase: 'opening' }).say(texts.askOpen) : repeatPending(turn)).result();
    case 'unknown-command':
      return turn.say(texts.unknownCommand).result();
  }
}

/** After a no to the safety question: the intake goes on where it was, or starts from what the first message said. */
function continueAfterSafetyQuestion(turn: Turn): Turn {
  const { state } = turn;
  if (state.phase !== 'opening') return repeatPending(turn);
  if (state.detectedLanguage === 'other') return turn.openCase(true).say(otherLanguageNote);
  if (state.topics.length === 0) return turn.say(turn.texts.askOpen);
  const result = askNextOrSummarise(turn);
  return turn.update(result.state);
}

/** After an interruption (help, a cancelled "vergeet mij"), ask again what was pending. */
function repeatPending(turn: Turn): Turn {
  const { state, texts } = turn;
  if (state.phase === 'clarify' && state.pendingQuestion) return turn.say(texts.questions[state.pendingQuestion]);
  if (state.phase === 'confirm' && state.summary) return turn.say(texts.summary(state.summary.split('\n')), confirmReplies(texts));
  if (state.phase === 'opening') return turn.say(texts.askOpen);
  if (state.phase === 'contact') return turn.say(texts.askContact, contactReplies(texts));
  if (state.phase === 'offer-details') return turn.say(offerTexts[state.language === 'nl' && state.formal ? 'nl-formal' : state.language].askWhatWhenWhere);
  if (state.phase === 'consent') return turn.say(texts.askConsent, consentReplies(texts));
  return turn;
}

function phaseStep(turn: Turn, text: string, quickReplyId: string | null): StepResult {
  const { classification } = turn.context;
  const phase = turn.state.phase;
  if (phase === 'confirm-forget') return forgetStep(turn, quickReplyId, text);
  if (phase === 'with-worker') return turn.result(); // a person has the case: the assistant is silent
  if (phase === 'handed-off') return turn.update({ story: [...turn.state.story, text] }).say(turn.texts.addedForWorker).result();
  if (phase === 'new' || phase === 'closed') {
    turn.update(chooseLanguage({ ...initialDialogueState(), language: turn.state.language }, classification, text));
    // A language the intake does not speak: a short note in English and Dutch, and a worker at once.
    if (classification.language === 'other' && text.split(/\s+/).length >= 3) {
      return turn.update(absorbMessage(turn.state, text, classification)).openCase(true).say(otherLanguageNote).result();
    }
    turn.say(phase === 'closed' ? turn.texts.welcomeBack : turn.texts.welcome).update({ phase: 'opening' });
    if (offersHelp(text)) return offerStep(turn, text);
    // An unclear opening ("hoi") gets the open question; a second unclear answer gets the domain choices.
    if (classification.unclear) return turn.update({ unclearCount: 1, firstWords: text, story: [text] }).say(turn.texts.askOpen).result();
    return intakeStep(turn, text);
  }
  if (phase === 'opening') {
    turn.update(chooseLanguage(turn.state, classification, text));
    if (offersHelp(text)) return offerStep(turn, text);
    return intakeStep(turn, text);
  }
  if (phase === 'offer-details') {
    // What, when and where, in the resident's words; then the usual contact and consent questions.
    turn.update({ slots: { ...turn.state.slots, offer: text.slice(0, 500) }, story: [...turn.state.story, text] });
    return turn.update({ phase: 'contact' }).say(turn.texts.askContact, contactReplies(turn.texts)).result();
  }
  if (phase === 'choose-domain') return chooseDomainStep(turn, text, quickReplyId);
  if (phase === 'clarify') return clarifyStep(turn, text);
  if (phase === 'confirm') return confirmStep(turn, text, quickReplyId);
  if (phase === 'correct') return correctionStep(turn, text);
  if (phase === 'contact') return contactStep(turn, text, quickReplyId);
  if (phase === 'contact-details') {
    const details = quickReplyId === 'skip' ? null : text.slice(0, 200);
    return turn.update({ contactDetails: details, phase: 'consent' }).say(turn.texts.askConsent, consentReplies(turn.texts)).result();
  }
  return consentStep(turn, quickReplyId, text);
}

/** A resident offers help: the case becomes an offer for the vrijwilligerscoördinator; ask what, when and where. */
function offerStep(turn: Turn, text: string): StepResult {
  const texts = offerTexts[turn.state.language === 'nl' && turn.state.formal ? 'nl-formal' : turn.state.language];
  return turn
    .update({ kind: 'offer', phase: 'offer-details', firstWords: turn.state.firstWords ?? text, story: [...turn.state.story, text] })
    .say(texts.askWhatWhenWhere)
    .result();
}

/** A first real message, or an answer to the open question. */
function intakeStep(turn: Turn, text: string): StepResult {
  const { classification } = turn.context;
  if (classification.unclear && turn.state.topics.length === 0) {
    const unclearCount = turn.state.unclearCount + 1;
    turn.update({ unclearCount, story: [...turn.state.story, text], firstWords: turn.state.firstWords ?? text });
    if (unclearCount < 2) return turn.say(turn.texts.askOpenAgain).result();
    return turn.update({ phase: 'choose-domain' }).say(turn.texts.chooseDomain, domainReplies(turn.texts)).result();
  }
  turn.update(absorbMessage(turn.state, text, classification));
  acknowledge(turn, text);
  return askNextOrSummarise(turn);
}

/** A death, a diagnosis or fear gets one short sentence before the next question, once each. */
function acknowledge(turn: Turn, text: string): void {
  const kind = acknowledgedIn(text);
  const said = turn.state.acknowledged ?? [];
  if (!kind || said.includes(kind)) return;
  const texts = acknowledgements[turn.state.language === 'nl' && turn.state.formal ? 'nl-formal' : turn.state.language];
  turn.update({ acknowledged: [...said, kind] }).say(texts[kind]);
}

function askNextOrSummarise(turn: Turn): StepResult {
  const question = nextQuestion(turn.state, turn.context.settings.maximumQuestions, turn.context.preferredQuestionId ?? null);
  if (question) {
    return turn
      .update({ phase: 'clarify', pendingQuestion: question.id, askedQuestions: [...turn.state.askedQuestions, question.id] })
      .say(turn.texts.questions[question.id])
      .result();
  }
  return summarise(turn);
}

function summarise(turn: Turn): StepResult {
  const lines = summaryLines(turn.state, turn.texts);
  return turn
    .update({ phase: 'confirm', pendingQuestion: null, summary: lines.join('\n'), caseNote: null })
    .say(turn.texts.summary(lines), confirmReplies(turn.texts))
    .result();
}

function chooseDomainStep(turn: Turn, text: string, quickReplyId: string | null): StepResult {
  if (quickReplyId === 'domain:other') return turn.openCase(true).say(turn.texts.humanRequested(turn.whenAWorkerReacts())).result();
  const domain = quickReplyId?.startsWith('domain:') ? (quickReplyId.slice('domain:'.length) as DomainId) : null;
  if (domain && domainIds.includes(domain)) return askNextOrSummarise(turn.update({ domain }));
  return intakeStep(turn, text);
}

function clarifyStep(turn: Turn, text: string): StepResult {
  const question = turn.state.pendingQuestion;
  // "Wat bedoel je?" is no answer: ask again, in other words, and keep nothing.
  if (question && isQuestionBack(text)) return turn.say(`${askedAgainLead[turn.state.language]}\n${turn.texts.questions[question]}`).result();
  const slots = (question && questionById.get(question)?.slots) || [];
  const answered = answerSlots(slots, text);
  turn.update(absorbMessage(turn.state, text, turn.context.classification, 'answer'));
  turn.update({ slots: { ...turn.state.slots, ...answered } });
  acknowledge(turn, text);
  return askNextOrSummarise(turn);
}

function confirmStep(turn: Turn, text: string, quickReplyId: string | null): StepResult {
  if (quickReplyId === 'confirm:yes' || (!quickReplyId && isYes(text))) {
    const offer = findOffer(turn.context.settings.socialMap, turn.state.topics.map((topic) => topic.id));
    if (offer) turn.say(turn.texts.offer(offer));
    return turn.update({ phase: 'contact' }).say(turn.texts.askContact, contactReplies(turn.texts)).result();
  }
  if (quickReplyId === 'confirm:no' || isNo(text)) return turn.update({ phase: 'correct' }).say(turn.texts.askCorrection).result();
  return correctionStep(turn, text);
}

function correctionStep(turn: Turn, text: string): StepResult {
  turn.update(absorbMessage(turn.state, text, turn.context.classification, 'correction'));
  return summarise(turn.update({ corrections: [...turn.state.corrections, text] }));
}

function contactStep(turn: Turn, text: string, quickReplyId: string | null): StepResult {
  const preference = quickReplyId?.startsWith('contact:') ? contactPreferenceIn(quickReplyId.slice(8)) : contactPreferenceIn(text);
  if (!preference) return turn.say(turn.texts.askContact, contactReplies(turn.texts)).result();
  turn.update({ contactPreference: preference });
  if (preference === 'chat') return turn.update({ phase: 'consent' }).say(turn.texts.askConsent, consentReplies(turn.texts)).result();
  const ask = preference === 'phone' ? turn.texts.askPhone : turn.texts.askAddress;
  return turn.update({ phase: 'contact-details' }).say(ask, [{ id: 'skip', label: turn.texts.skip }]).result();
}

function consentStep(turn: Turn, quickReplyId: string | null, text: string): StepResult {
  if (quickReplyId === 'consent:yes' || (!quickReplyId && isYes(text))) {
    return turn.openCase(true).say(turn.texts.handedOff(turn.whenAWorkerReacts())).result();
  }
  if (quickReplyId === 'consent:no' || isNo(text)) {
    return turn.update({ ...initialDialogueState(), language: turn.state.language, phase: 'closed' }).say(turn.texts.noConsent).result();
  }
  return turn.say(turn.texts.askConsent, consentReplies(turn.texts)).result();
}

function forgetStep(turn: Turn, quickReplyId: string | null, text: string): StepResult {
  if (quickReplyId === 'forget:yes' || (!quickReplyId && isYes(text))) {
    turn.effects.push({ type: 'erase-resident' });
    return turn.update({ ...initialDialogueState(), language: turn.state.language }).say(turn.texts.forgotten).result();
  }
  turn.update({ phase: turn.state.phaseBeforeForget ?? 'opening', phaseBeforeForget: null }).say(turn.texts.forgetCancelled);
  return repeatPending(turn).result();
}
