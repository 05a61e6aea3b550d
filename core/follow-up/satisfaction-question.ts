import type { Classification } from '../classification/classification.js';
import { detectCommand } from '../dialogue/commands.js';
import type { FollowUpStore, SatisfactionAnswer, SatisfactionPatch, CheckInRecord } from '../ports/follow-up-store.js';
import type { QuickReply, Reply } from '../ports/message.js';
import type { SatisfactionStepAnswered } from '../ports/event-bus.js';
import { satisfactionTextsFor, type SatisfactionTexts } from '../texts/satisfaction-texts.js';

/** How the resident is addressed: their language, and formal Dutch ("u") when they wrote so. */
export interface ResidentVoice {
  language: string;
  formal: boolean;
}

const answerReplyId = (answer: SatisfactionAnswer) => `satisfaction:${answer}`;
const scoreReplyId = (score: number) => `satisfaction:score:${score}`;
const skipReplyId = 'satisfaction:skip';
const maximumCommentLength = 1000;

/** The one question after closing, with its three buttons. */
export function satisfactionQuestion(voice: ResidentVoice): Reply {
  const texts = satisfactionTextsFor(voice.language, voice.formal);
  const quickReplies: QuickReply[] = [
    { id: answerReplyId('yes'), label: texts.yes },
    { id: answerReplyId('partly'), label: texts.partly },
    { id: answerReplyId('no'), label: texts.no },
  ];
  return { text: texts.question, quickReplies };
}

const normalised = (text: string) => text.toLocaleLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** A button, or typed words that mean just that answer ("ja", "deels", "nee", a label). */
function answerIn(text: string, quickReplyId: string | null, texts: SatisfactionTexts): SatisfactionAnswer | null {
  for (const answer of ['yes', 'partly', 'no'] as const) {
    if (quickReplyId === answerReplyId(answer)) return answer;
    const words = [...texts.words[answer], texts[answer].toLocaleLowerCase()];
    if (!quickReplyId && words.includes(normalised(text))) return answer;
  }
  return null;
}

/** A button, or a message that is only a score: "4", "4/5", "4 van 5". */
function scoreIn(text: string, quickReplyId: string | null): number | null {
  const fromButton = /^satisfaction:score:([1-5])$/.exec(quickReplyId ?? '');
  if (fromButton) return Number(fromButton[1]);
  if (quickReplyId) return null;
  const typed = /^\s*([1-5])(?:[.,]0)?\s*(?:(?:\/|van|of|out of|из|з|z|من)\s*5)?\s*[.!]?\s*$/iu.exec(text);
  return typed ? Number(typed[1]) : null;
}

function skipIn(text: string, quickReplyId: string | null, texts: SatisfactionTexts): boolean {
  if (quickReplyId) return quickReplyId === skipReplyId;
  return [...texts.words.skip, texts.skip.toLocaleLowerCase()].includes(normalised(text));
}

/** One resident message read as an answer to the step the question is at; null: not an answer. */
function readAnswer(pending: CheckInRecord, text: string, quickReplyId: string | null, classification: Classification, texts: SatisfactionTexts): SatisfactionPatch | null {
  if (pending.step === 'asked') {
    const answer = answerIn(text, quickReplyId, texts);
    return answer ? { step: 'score', answer } : null;
  }
  if (pending.step === 'score') {
    if (skipIn(text, quickReplyId, texts)) return { step: 'comment' };
    const score = scoreIn(text, quickReplyId);
    return score ? { step: 'comment', score } : null;
  }
  if (pending.step === 'comment') {
    if (skipIn(text, quickReplyId, texts)) return { step: 'done' };
    if (quickReplyId || !text.trim()) return null;
    // Words about a topic read as a new question: the dialogue takes them, they are never kept as a survey answer.
    if (!classification.unclear && classification.topics.length > 0) return null;
    return { step: 'done', comment: text.trim().slice(0, maximumCommentLength) };
  }
  return null;
}

function nextReplies(patch: SatisfactionPatch, texts: SatisfactionTexts): Reply[] {
  const skip = { id: skipReplyId, label: texts.skip };
  if (patch.step === 'score') return [{ text: texts.askScore, quickReplies: [1, 2, 3, 4, 5].map((score) => ({ id: scoreReplyId(score), label: String(score) })).concat(skip) }];
  if (patch.step === 'comment') return [{ text: texts.askComment, quickReplies: [skip] }];
  return [{ text: texts.thanks }];
}

export interface SatisfactionAnswerResult {
  caseId: string;
  replies: Reply[];
  /** For the case's audit: what was answered, never the resident's words. */
  detail: string;
  /** Which step was answered (the event's `answered`). */
  answered: SatisfactionStepAnswered;
}

export interface SatisfactionMessage {
  text: string;
  quickReplyId?: string | null;
  kind: string;
}

/**
 * A resident's message while the satisfaction question of their closed case waits: an answer
 * (button, typed word, score, the one open answer) is recorded and answered here; "stop" ends the
 * question. Anything else (a safety signal, another command, a new question) ends the question
 * and returns null, so the normal dialogue handles the message as it would any other.
 */
export async function answerSatisfaction(
  store: Pick<FollowUpStore, 'pendingSatisfaction' | 'recordSatisfaction'>,
  conversationId: string,
  message: SatisfactionMessage,
  classification: Classification,
  voice: ResidentVoice,
): Promise<SatisfactionAnswerResult | null> {
  const pending = await store.pendingSatisfaction(conversationId);
  if (!pending) return null;
  const texts = satisfactionTextsFor(voice.language, voice.formal);
  const quickReplyId = message.quickReplyId ?? null;
  const text = message.kind === 'text' ? message.text : '';
  const command = quickReplyId ? null : detectCommand(text);
  if (command === 'stop' && classification.safety.tier === 'none') {
    if (!(await store.recordSatisfaction(pending.id, pending.step, { step: 'done' }))) return null;
    return { caseId: pending.caseId, replies: [{ text: texts.stopped }], detail: 'stopped', answered: 'stopped' };
  }
  const patch = classification.safety.tier === 'none' && !command ? readAnswer(pending, text, quickReplyId, classification, texts) : null;
  if (!patch) {
    // Not an answer: the question is over, what was answered stays, and the message goes on as a new one.
    await store.recordSatisfaction(pending.id, pending.step, { step: 'done' });
    return null;
  }
  if (!(await store.recordSatisfaction(pending.id, pending.step, patch))) return null;
  const detail = patch.answer ?? (patch.score ? `score ${patch.score}` : patch.comment ? 'comment' : 'skipped');
  const answered: SatisfactionStepAnswered = patch.answer ? 'answer' : patch.score ? 'score' : patch.comment ? 'comment' : 'skipped';
  return { caseId: pending.caseId, replies: nextReplies(patch, texts), detail, answered };
}
