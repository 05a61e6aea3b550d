import { domainIds, type DomainId } from '../taxonomy/index.js';
import { otherLanguageNote } from '../texts/other-language-texts.js';
import { findOffer } from '../social-map/social-map.js';
import { detectCommand } from './commands.js';
import { initialDialogueState, type DialogueState } from './dialogue-state.js';
import { absorbMessage, nextQuestion } from './intake-progress.js';
import { questionById } from './question-bank.js';
import { summaryLines } from './summary.js';
import { matchQuickReply, isNo, isYes, contactPreferenceIn } from './answer-matching.js';
import { StepInProgress } from './step-in-progress.js';
import { chooseLanguage } from './choose-language.js';
import { safetyStep } from './safety-step.js';
import { askedAgainLead, isQuestionBack } from './question-back.js';
import { answerSlots } from './answer-slots.js';
import { acknowledgedIn, acknowledgements } from './acknowledgement.js';
import { extractFacts, mergeFacts, noFacts } from '../facts/extract-facts.js';
import { confirmReplies, consentReplies, contactReplies, domainReplies } from './quick-replies.js';
import { offersHelp } from './offer-of-help.js';
import { offerTexts } from '../texts/offer-texts.js';
import { neighbourhoodTexts } from '../texts/neighbourhood-texts.js';
import { asksNeighbourhood, neighbourhoodIn, neighbourhoodReplies } from './neighbourhood-answer.js';
import type { DialogueEvent, StepContext, StepResult } from './step-types.js';

// The step's types live apart so that StepInProgress can use them without importing the step.
export type { DialogueEffect, DialogueEvent, DialogueSettings, StepContext, StepResult } from './step-types.js';

/** One resident message: (state, event) → (state, replies, effects). Pure: no I/O, no clock, no randomness. */
export function dialogueStep(previous: DialogueState, event: DialogueEvent, context: StepContext): StepResult {
  const state = syncWithCase(previous, context);
  const quickReplyId = event.quickReplyId ?? matchQuickReply(event.text, state.offeredReplies);
  const step = new StepInProgress({ ...state, offeredReplies: [] }, context);
  // Every message's facts are kept, whatever the phase: a deadline told in an answer counts as much as one told first.
  if (event.kind === 'text' && event.text.trim() !== '' && state.phase !== 'confirm-forget') {
    step.update({ facts: mergeFacts(state.facts ?? noFacts, extractFacts(event.text, context.now)) });
  }
  if (event.kind === 'text') step.update({ formal: addressedFormally(event.text, state.formal ?? false) });
  // Safety first: a crisis, a crisis conversation, the safety question and its answer.
  const safety = safetyStep(step, event.kind === 'text' ? event.text : '', quickReplyId);
  if (safety === 'handled') return step.result();
  if (safety === 'declined') return continueAfterSafetyQuestion(step).result();
  const command = quickReplyId ? null : detectCommand(event.text);
  if (command) return commandStep(step, command);
  if (event.kind !== 'text') return step.say(step.texts.nonText(event.kind), previous.offeredReplies).result();
  if (event.text.trim().length === 0 && !quickReplyId) return step.say(step.texts.empty, previous.offeredReplies).result();
  if (event.truncatedTo) step.say(step.texts.tooLong(event.truncatedTo));
  return phaseStep(step, event.text.trim(), quickReplyId);
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

function commandStep(step: StepInProgress, command: NonNullable<ReturnType<typeof detectCommand>>): StepResult {
  const { texts, state } = step;
  const handedOff = state.phase === 'handed-off' || state.phase === 'with-worker';
  switch (command) {
    case 'human':
      if (handedOff) return step.say(texts.stillWaiting).result();
      return step.openCase(true).say(texts.humanRequested(step.whenAWorkerReacts())).result();
    case 'stop':
      return step.update({ ...initialDialogueState(), language: state.language, phase: 'closed' }).say(texts.stopped(step.context.settings.retentionDays)).result();
    case 'forget':
      return step
        .update({ phase: 'confirm-forget', phaseBeforeForget: state.phase })
        .say(texts.forgetConfirm, [{ id: 'forget:yes', label: texts.forgetYes }, { id: 'forget:no', label: texts.forgetNo }])
        .result();
    case 'restart':
      if (handedOff) return step.say(texts.restartWhileHandedOff).result();
      return step.update({ ...initialDialogueState(), language: state.language, phase: 'opening' }).say(texts.restarted).say(texts.askOpen).result();
    case 'start':
      if (handedOff) return step.say(texts.welcomeBack).say(texts.stillWaiting).result();
      return step.update({ ...initialDialogueState(), language: state.language, phase: 'opening' }).say(texts.welcome).say(texts.askOpen).result();
    case 'help':
      step.say(texts.help);
      return (state.phase === 'new' ? step.update({ phase: 'opening' }).say(texts.askOpen) : repeatPending(step)).result();
    case 'unknown-command':
      return step.say(texts.unknownCommand).result();
  }
}

/** After a no to the safety question: the intake goes on where it was, or starts from what the first message said. */
function continueAfterSafetyQuestion(step: StepInProgress): StepInProgress {
  const { state } = step;
  if (state.phase !== 'opening') return repeatPending(step);
  if (state.detectedLanguage === 'other') return step.openCase(true).say(otherLanguageNote);
  if (state.topics.length === 0) return step.say(step.texts.askOpen);
  const result = askNextOrSummarise(step);
  return step.update(result.state);
}

/** After an interruption (help, a cancelled "vergeet mij"), ask again what was pending. */
function repeatPending(step: StepInProgress): StepInProgress {
  const { state, texts } = step;
  if (state.phase === 'clarify' && state.pendingQuestion) return step.say(texts.questions[state.pendingQuestion]);
  if (state.phase === 'confirm' && state.summary) return step.say(texts.summary(state.summary.split('\n')), confirmReplies(texts));
  if (state.phase === 'opening') return step.say(texts.askOpen);
  if (state.phase === 'contact') return step.say(texts.askContact, contactReplies(texts));
  if (state.phase === 'neighbourhood') return askNeighbourhoodOrContact(step);
  if (state.phase === 'offer-details') return step.say(offerTexts[state.language === 'nl' && state.formal ? 'nl-formal' : state.language].askWhatWhenWhere);
  if (state.phase === 'consent') return step.say(texts.askConsent, consentReplies(texts));
  return step;
}

function phaseStep(step: StepInProgress, text: string, quickReplyId: string | null): StepResult {
  const { classification } = step.context;
  const phase = step.state.phase;
  if (phase === 'confirm-forget') return forgetStep(step, quickReplyId, text);
  if (phase === 'with-worker') return step.result(); // a person has the case: the assistant is silent
  if (phase === 'handed-off') return step.update({ story: [...step.state.story, text] }).say(step.texts.addedForWorker).result();
  if (phase === 'new' || phase === 'closed') {
    step.update(chooseLanguage({ ...initialDialogueState(), language: step.state.language }, classification, text));
    // A language the intake does not speak: a short note in English and Dutch, and a worker at once.
    if (classification.language === 'other' && text.split(/\s+/).length >= 3) {
      return step.update(absorbMessage(step.state, text, classification)).openCase(true).say(otherLanguageNote).result();
    }
    step.say(phase === 'closed' ? step.texts.welcomeBack : step.texts.welcome).update({ phase: 'opening' });
    if (offersHelp(text)) return offerStep(step, text);
    // An unclear opening ("hoi") gets the open question; a second unclear answer gets the domain choices.
    if (classification.unclear) return step.update({ unclearCount: 1, firstWords: text, story: [text] }).say(step.texts.askOpen).result();
    return intakeStep(step, text);
  }
  if (phase === 'opening') {
    step.update(chooseLanguage(step.state, classification, text));
    if (offersHelp(text)) return offerStep(step, text);
    return intakeStep(step, text);
  }
  if (phase === 'offer-details') {
    // What, when and where, in the resident's words; then the usual contact and consent questions.
    step.update({ slots: { ...step.state.slots, offer: text.slice(0, 500) }, story: [...step.state.story, text] });
    return step.update({ phase: 'contact' }).say(step.texts.askContact, contactReplies(step.texts)).result();
  }
  if (phase === 'choose-domain') return chooseDomainStep(step, text, quickReplyId);
  if (phase === 'clarify') return clarifyStep(step, text);
  if (phase === 'confirm') return confirmStep(step, text, quickReplyId);
  if (phase === 'correct') return correctionStep(step, text);
  if (phase === 'contact') return contactStep(step, text, quickReplyId);
  if (phase === 'neighbourhood') return neighbourhoodStep(step, text, quickReplyId);
  if (phase === 'contact-details') {
    const details = quickReplyId === 'skip' ? null : text.slice(0, 200);
    return step.update({ contactDetails: details, phase: 'consent' }).say(step.texts.askConsent, consentReplies(step.texts)).result();
  }
  return consentStep(step, quickReplyId, text);
}

/** A resident offers help: the case becomes an offer for the vrijwilligerscoördinator; ask what, when and where. */
function offerStep(step: StepInProgress, text: string): StepResult {
  const texts = offerTexts[step.state.language === 'nl' && step.state.formal ? 'nl-formal' : step.state.language];
  return step
    .update({ kind: 'offer', phase: 'offer-details', firstWords: step.state.firstWords ?? text, story: [...step.state.story, text] })
    .say(texts.askWhatWhenWhere)
    .result();
}

/** A first real message, or an answer to the open question. */
function intakeStep(step: StepInProgress, text: string): StepResult {
  const { classification } = step.context;
  if (classification.unclear && step.state.topics.length === 0) {
    const unclearCount = step.state.unclearCount + 1;
    step.update({ unclearCount, story: [...step.state.story, text], firstWords: step.state.firstWords ?? text });
    if (unclearCount < 2) return step.say(step.texts.askOpenAgain).result();
    return step.update({ phase: 'choose-domain' }).say(step.texts.chooseDomain, domainReplies(step.texts)).result();
  }
  step.update(absorbMessage(step.state, text, classification));
  acknowledge(step, text);
  return askNextOrSummarise(step);
}

/** A death, a diagnosis or fear gets one short sentence before the next question, once each. */
function acknowledge(step: StepInProgress, text: string): void {
  const kind = acknowledgedIn(text);
  const said = step.state.acknowledged ?? [];
  if (!kind || said.includes(kind)) return;
  const texts = acknowledgements[step.state.language === 'nl' && step.state.formal ? 'nl-formal' : step.state.language];
  step.update({ acknowledged: [...said, kind] }).say(texts[kind]);
}

function askNextOrSummarise(step: StepInProgress): StepResult {
  const question = nextQuestion(step.state, step.context.settings.maximumQuestions, step.context.preferredQuestionId ?? null);
  if (question) {
    return step
      .update({ phase: 'clarify', pendingQuestion: question.id, askedQuestions: [...step.state.askedQuestions, question.id] })
      .say(step.texts.questions[question.id])
      .result();
  }
  return summarise(step);
}

function summarise(step: StepInProgress): StepResult {
  const lines = summaryLines(step.state, step.texts);
  return step
    .update({ phase: 'confirm', pendingQuestion: null, summary: lines.join('\n'), caseNote: null })
    .say(step.texts.summary(lines), confirmReplies(step.texts))
    .result();
}

function chooseDomainStep(step: StepInProgress, text: string, quickReplyId: string | null): StepResult {
  if (quickReplyId === 'domain:other') return step.openCase(true).say(step.texts.humanRequested(step.whenAWorkerReacts())).result();
  const domain = quickReplyId?.startsWith('domain:') ? (quickReplyId.slice('domain:'.length) as DomainId) : null;
  if (domain && domainIds.includes(domain)) return askNextOrSummarise(step.update({ domain }));
  return intakeStep(step, text);
}

function clarifyStep(step: StepInProgress, text: string): StepResult {
  const question = step.state.pendingQuestion;
  // "Wat bedoel je?" is no answer: ask again, in other words, and keep nothing.
  if (question && isQuestionBack(text)) return step.say(`${askedAgainLead[step.state.language]}\n${step.texts.questions[question]}`).result();
  const slots = (question && questionById.get(question)?.slots) || [];
  const answered = answerSlots(slots, text);
  step.update(absorbMessage(step.state, text, step.context.classification, 'answer'));
  step.update({ slots: { ...step.state.slots, ...answered } });
  acknowledge(step, text);
  return askNextOrSummarise(step);
}

function confirmStep(step: StepInProgress, text: string, quickReplyId: string | null): StepResult {
  if (quickReplyId === 'confirm:yes' || (!quickReplyId && isYes(text))) {
    const offer = findOffer(step.context.settings.socialMap, step.state.topics.map((topic) => topic.id));
    if (offer) step.say(step.texts.offer(offer));
    return askNeighbourhoodOrContact(step).result();
  }
  if (quickReplyId === 'confirm:no' || isNo(text)) return step.update({ phase: 'correct' }).say(step.texts.askCorrection).result();
  return correctionStep(step, text);
}

function correctionStep(step: StepInProgress, text: string): StepResult {
  step.update(absorbMessage(step.state, text, step.context.classification, 'correction'));
  return summarise(step.update({ corrections: [...step.state.corrections, text] }));
}

/**
 * The optional "where" question comes after the summary is confirmed: after the safety check, the
 * urgent and topic questions, so it never delays them (issue 17). Only when configured.
 */
function askNeighbourhoodOrContact(step: StepInProgress): StepInProgress {
  const settings = step.context.settings.neighbourhoods;
  if (!asksNeighbourhood(settings) || step.state.neighbourhood !== undefined) {
    return step.update({ phase: 'contact' }).say(step.texts.askContact, contactReplies(step.texts));
  }
  const texts = neighbourhoodTexts[textsKey(step.state)];
  return step.update({ phase: 'neighbourhood' }).say(texts.ask(settings.names.length > 0, settings.postcodes), neighbourhoodReplies(settings, step.texts.skip));
}

/** A wijk or postcode digits are kept; anything else is never stored. One more try, then the intake goes on. */
function neighbourhoodStep(step: StepInProgress, text: string, quickReplyId: string | null): StepResult {
  const settings = step.context.settings.neighbourhoods;
  const found = quickReplyId === 'skip' || !settings ? null : neighbourhoodIn(text, quickReplyId, settings);
  if (!found && quickReplyId !== 'skip' && settings && !step.state.neighbourhoodRetried) {
    const texts = neighbourhoodTexts[textsKey(step.state)];
    return step.update({ neighbourhoodRetried: true }).say(texts.notRecognised(settings.names.length > 0, settings.postcodes), neighbourhoodReplies(settings, step.texts.skip)).result();
  }
  return step.update({ neighbourhood: found, phase: 'contact' }).say(step.texts.askContact, contactReplies(step.texts)).result();
}

const textsKey = (state: DialogueState) => (state.language === 'nl' && state.formal ? 'nl-formal' : state.language);

function contactStep(step: StepInProgress, text: string, quickReplyId: string | null): StepResult {
  const preference = quickReplyId?.startsWith('contact:') ? contactPreferenceIn(quickReplyId.slice(8)) : contactPreferenceIn(text);
  if (!preference) return step.say(step.texts.askContact, contactReplies(step.texts)).result();
  step.update({ contactPreference: preference });
  if (preference === 'chat') return step.update({ phase: 'consent' }).say(step.texts.askConsent, consentReplies(step.texts)).result();
  const ask = preference === 'phone' ? step.texts.askPhone : step.texts.askAddress;
  return step.update({ phase: 'contact-details' }).say(ask, [{ id: 'skip', label: step.texts.skip }]).result();
}

function consentStep(step: StepInProgress, quickReplyId: string | null, text: string): StepResult {
  if (quickReplyId === 'consent:yes' || (!quickReplyId && isYes(text))) {
    return step.openCase(true).say(step.texts.handedOff(step.whenAWorkerReacts())).result();
  }
  if (quickReplyId === 'consent:no' || isNo(text)) {
    return step.update({ ...initialDialogueState(), language: step.state.language, phase: 'closed' }).say(step.texts.noConsent).result();
  }
  return step.say(step.texts.askConsent, consentReplies(step.texts)).result();
}

function forgetStep(step: StepInProgress, quickReplyId: string | null, text: string): StepResult {
  if (quickReplyId === 'forget:yes' || (!quickReplyId && isYes(text))) {
    step.effects.push({ type: 'erase-resident' });
    return step.update({ ...initialDialogueState(), language: step.state.language }).say(step.texts.forgotten).result();
  }
  step.update({ phase: step.state.phaseBeforeForget ?? 'opening', phaseBeforeForget: null }).say(step.texts.forgetCancelled);
  return repeatPending(step).result();
}
