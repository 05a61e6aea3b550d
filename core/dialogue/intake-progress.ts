import type { Classification, TopicScore } from '../classification/classification.js';
import { topics as topicDefinitions, type Urgency } from '../taxonomy/index.js';
import type { DialogueState } from './dialogue-state.js';
import { commonQuestions, maximumTopicQuestions, topicQuestions, type Question } from './question-bank.js';
import { detectSlots } from './slot-detection.js';

const urgencyRank: Record<Urgency, number> = { normal: 0, urgent: 1, crisis: 2 };
/** A deadline within a week makes these topics urgent (eviction, cut-off, a bailiff). */
const deadlineSensitiveTopics = new Set(['money', 'housing', 'paperwork', 'legal']);

/** How a message's topics weigh against what the intake already knows. */
export type AbsorbMode = 'lead' | 'answer' | 'correction';

/** An answer to a question adds a topic only when it clearly names one ("niemand helpt" is no loneliness). */
const answerTopicMinimumConfidence = 0.75;

export function mergeTopics(current: TopicScore[], added: TopicScore[], mode: AbsorbMode = 'lead'): TopicScore[] {
  const confidence = new Map(current.map((topic) => [topic.id, topic.confidence]));
  for (const topic of added) confidence.set(topic.id, Math.max(confidence.get(topic.id) ?? 0, topic.confidence));
  const withConfidence = (id: TopicScore['id']): TopicScore => ({ id, confidence: confidence.get(id)! });
  if (mode === 'correction' && added[0]) {
    // A correction names what it is really about: that goes first.
    return [withConfidence(added[0].id), ...[...confidence.keys()].filter((id) => id !== added[0].id).map(withConfidence)];
  }
  if (mode === 'answer') {
    // The resident's own first words set the order; answers only add what they clearly name.
    const fresh = added.filter((topic) => !current.some((known) => known.id === topic.id) && topic.confidence >= answerTopicMinimumConfidence);
    return [...current.map((topic) => withConfidence(topic.id)), ...fresh.map((topic) => withConfidence(topic.id))];
  }
  return [...confidence.keys()].map(withConfidence).sort((left, right) => right.confidence - left.confidence);
}

/** Takes in what one resident message says: topics, slots, urgency. */
export function absorbMessage(state: DialogueState, text: string, classification: Classification, mode: AbsorbMode = 'lead'): DialogueState {
  const detected = detectSlots(text);
  const topics = classification.unclear ? state.topics : mergeTopics(state.topics, classification.topics, mode);
  let urgency: Urgency = urgencyRank[classification.urgency] > urgencyRank[state.urgency] ? classification.urgency : state.urgency;
  const touchesDeadlineTopic = topics.some((topic) => deadlineSensitiveTopics.has(topic.id));
  if (detected.deadlineSoon && touchesDeadlineTopic && urgency === 'normal') urgency = 'urgent';
  return {
    ...state,
    story: [...state.story, text],
    firstWords: state.firstWords ?? text,
    topics,
    domain: topics[0] ? topicDefinitions[topics[0].id].domain : state.domain,
    urgency,
    crisis: state.crisis ?? classification.crisis,
    slots: { ...classification.slots, ...detected.slots, ...state.slots },
  };
}

function isOpen(question: Question, state: DialogueState): boolean {
  return !state.askedQuestions.includes(question.id) && question.slots.some((slot) => !(slot in state.slots));
}

/** The common questions still needed: tried and network together when both are unknown. */
function pendingCommonQuestions(state: DialogueState): Question[] {
  const known = (slot: string) => slot in state.slots;
  const pending: Question[] = [];
  if (!known('tried') && !known('network')) pending.push(commonQuestions.triedAndNetwork);
  else if (!known('tried')) pending.push(commonQuestions.tried);
  else if (!known('network')) pending.push(commonQuestions.network);
  if (!known('wish')) pending.push(commonQuestions.wish);
  return pending.filter((question) => !state.askedQuestions.includes(question.id));
}

/**
 * The next question, or null when it is time to summarise. Topic questions get what the budget
 * leaves after the common ones, at least one and at most three, so a clear request reaches the
 * summary in about `maximumQuestions` answers.
 */
export function nextQuestion(state: DialogueState, maximumQuestions: number, preferredQuestionId: string | null = null): Question | null {
  const common = pendingCommonQuestions(state);
  const topicAsked = state.askedQuestions.filter((id) => allTopicQuestionIds.has(id)).length;
  const topicAllowance = Math.min(maximumTopicQuestions, Math.max(1, maximumQuestions - common.length - state.askedQuestions.length + topicAsked));
  let chosen: Question | null = null;
  if (topicAsked < topicAllowance) {
    for (const topic of topicsByUrgency(state)) {
      chosen = topicQuestions[topic.id].find((candidate) => isOpen(candidate, state)) ?? null;
      if (chosen) break;
    }
  }
  chosen ??= common[0] ?? null;
  if (!chosen || !preferredQuestionId || preferredQuestionId === chosen.id) return chosen;
  // A preference (from a language model) only picks among what is due: a topic question of a known topic, or a pending common one.
  const preferred = openQuestions(state).find((question) => question.id === preferredQuestionId);
  if (!preferred || allTopicQuestionIds.has(chosen.id) !== allTopicQuestionIds.has(preferred.id)) return chosen;
  return preferred;
}

/**
 * Urgency decides the order (docs/residents/intake.md: an eviction before the language question): when something
 * happens this week, the topics where a date can be lost (money, housing, letters, legal) are asked
 * about first; otherwise the strongest topic first.
 */
function topicsByUrgency(state: DialogueState): DialogueState['topics'] {
  if (state.urgency === 'normal') return state.topics;
  return [...state.topics].sort((left, right) => Number(deadlineSensitiveTopics.has(right.id)) - Number(deadlineSensitiveTopics.has(left.id)));
}

const allTopicQuestionIds = new Set(Object.values(topicQuestions).flat().map((question) => question.id));

/** The questions of the bank still open for this state: topic questions of its topics, then the pending common ones. */
export function openQuestions(state: DialogueState): Question[] {
  const topicOpen = state.topics.flatMap((topic) => topicQuestions[topic.id].filter((candidate) => isOpen(candidate, state)));
  return [...topicOpen, ...pendingCommonQuestions(state)];
}
