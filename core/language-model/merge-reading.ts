import type { Classification, TopicScore } from '../classification/classification.js';
import { isTopicId, topics as topicDefinitions } from '../taxonomy/index.js';
import { redactionPlaceholders } from '../privacy/redaction.js';
import type { ModelReading } from './model-schemas.js';

/** A topic the model names on its own counts from this confidence. */
export const minimumModelConfidence = 0.5;
const maximumTopics = 3;

const normalise = (text: string) => text.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();

/** A fact counts only when the resident wrote it: the model copies, it does not invent. */
function quotedFact(fact: string | null, message: string): string | null {
  if (!fact) return null;
  const value = fact.trim();
  if (value.length < 2 || value.length > 100) return null;
  if (redactionPlaceholders.some((placeholder) => value.includes(placeholder))) return null;
  return normalise(message).includes(normalise(value)) ? value : null;
}

/**
 * Merges the model's reading into the offline classification, conservatively: topics are a union
 * of known ids, a crisis is kept from the offline check and may only be added (never removed),
 * language and urgency below crisis stay offline.
 */
export function mergeReading(offline: Classification, reading: ModelReading, redactedMessage: string): Classification {
  const byId = new Map<string, TopicScore>(offline.topics.map((topic) => [topic.id, topic]));
  for (const topic of reading.topics) {
    const confidence = Math.min(1, Math.max(0, Number.isFinite(topic.confidence) ? topic.confidence : 0));
    if (!isTopicId(topic.id) || confidence < minimumModelConfidence || byId.has(topic.id)) continue;
    byId.set(topic.id, { id: topic.id, confidence: Math.round(confidence * 100) / 100 });
  }
  const merged = [...byId.values()].sort((left, right) => right.confidence - left.confidence).slice(0, maximumTopics);
  // An offline topic is never pushed out by model topics.
  for (const topic of offline.topics) if (!merged.some((kept) => kept.id === topic.id)) merged.push(topic);
  const crisis = offline.crisis ?? reading.crisis ?? null;
  // The model may raise a concern or none to a crisis; it never lowers what the offline check found.
  const safety = offline.crisis || !crisis ? offline.safety : { ...offline.safety, tier: 'crisis' as const, crisis, concern: null };
  const deadline = quotedFact(reading.deadline, redactedMessage);
  return {
    ...offline,
    topics: merged,
    domain: merged[0] ? topicDefinitions[merged[0].id].domain : offline.domain,
    unclear: merged.length === 0,
    crisis,
    safety,
    urgency: crisis ? 'crisis' : offline.urgency,
    ...(deadline ? { slots: { ...offline.slots, deadline } } : {}),
  };
}
