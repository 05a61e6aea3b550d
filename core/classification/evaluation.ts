import { topics as topicDefinitions, type TopicId } from '../taxonomy/index.js';
import type { Classification, Classifier } from './classification.js';
import type { LabelledExample } from './labelled-example.js';

export interface TopicMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Gold messages with this topic. */
  support: number;
}

export interface EvaluationCase {
  example: LabelledExample;
  predicted: Classification;
}

export interface EvaluationReport {
  messages: number;
  topics: Partial<Record<TopicId, TopicMetrics>>;
  /** Mean F1 over every topic that is in the gold labels or the predictions. */
  macroF1: number;
  /** Best predicted topic is one of the gold topics; for a gold unclear message, the prediction is unclear. */
  top1Accuracy: number;
  /** Predicted domain is the domain of one of the gold topics (null for unclear). */
  domainAccuracy: number;
  unclear: { precision: number; recall: number; support: number };
  crisis: { recall: number; falsePositiveRate: number; idAccuracy: number; support: number; missed: string[]; falseAlarms: string[] };
  /**
   * The two safety tiers (docs/residents/intake.md): `recall` counts a crisis message caught as crisis or
   * concern; `concernRate` is the share of messages without a crisis that got the safety question.
   */
  safety: { recall: number; support: number; negatives: number; concernRate: number; missed: string[]; concerns: string[] };
  /** The same figures per language of the gold labels (other languages together as "other"). */
  byLanguage: Record<string, LanguageFigures>;
  languageAccuracy: number;
  confusedPairs: { gold: string; predicted: string; count: number }[];
  millisecondsPerMessage: number;
  misses: { text: string; gold: string[]; predicted: string[] }[];
}

export interface LanguageFigures {
  messages: number;
  top1Accuracy: number;
  domainAccuracy: number;
  languageAccuracy: number;
  safetyRecall: number;
  crisisSupport: number;
  crisisFalsePositiveRate: number;
  concernRate: number;
}

const intakeLanguages = new Set(['nl', 'en', 'tr', 'ar', 'pl', 'uk']);

const ratio = (part: number, whole: number, empty = 1) => (whole === 0 ? empty : part / whole);
const round = (value: number) => Math.round(value * 1000) / 1000;
const bestTopic = (classification: Classification) => classification.topics[0]?.id;

function topicMetrics(cases: readonly EvaluationCase[]): Partial<Record<TopicId, TopicMetrics>> {
  const metrics: Partial<Record<TopicId, TopicMetrics>> = {};
  const seen = new Set<TopicId>(cases.flatMap(({ example, predicted }) => [...example.topics, ...predicted.topics.map((topic) => topic.id)]));
  for (const topic of [...seen].sort()) {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { example, predicted } of cases) {
      const inGold = example.topics.includes(topic);
      const inPrediction = predicted.topics.some((score) => score.id === topic);
      if (inGold && inPrediction) truePositives += 1;
      else if (inPrediction) falsePositives += 1;
      else if (inGold) falseNegatives += 1;
    }
    const precision = ratio(truePositives, truePositives + falsePositives, 0);
    const recall = ratio(truePositives, truePositives + falseNegatives, 0);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    metrics[topic] = { precision: round(precision), recall: round(recall), f1: round(f1), support: truePositives + falseNegatives };
  }
  return metrics;
}

/** The numbers `rasa test nlu` gives, for Inloop's topics, unclear, crisis and language. */
export function evaluateCases(cases: readonly EvaluationCase[], millisecondsPerMessage = 0): EvaluationReport {
  const topics = topicMetrics(cases);
  const f1s = Object.values(topics).map((metric) => metric.f1);
  let top1 = 0;
  let domain = 0;
  let language = 0;
  const unclear = { truePositive: 0, predicted: 0, gold: 0 };
  const crisis = { gold: 0, caught: 0, exact: 0, negatives: 0, falseAlarms: [] as string[], missed: [] as string[] };
  const safety = { caught: 0, missed: [] as string[], concerns: [] as string[] };
  const perLanguage = new Map<string, { messages: number; top1: number; domain: number; language: number; gold: number; caught: number; negatives: number; falseAlarms: number; concerns: number }>();
  const confusions = new Map<string, number>();
  const misses: EvaluationReport['misses'] = [];
  for (const { example, predicted } of cases) {
    const goldUnclear = example.topics.length === 0;
    const best = bestTopic(predicted);
    const correct = goldUnclear ? predicted.unclear : best !== undefined && example.topics.includes(best);
    if (correct) top1 += 1;
    else {
      const key = `${example.topics[0] ?? 'unclear'} → ${best ?? 'unclear'}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
      misses.push({ text: example.text, gold: goldUnclear ? ['unclear'] : example.topics, predicted: predicted.unclear ? ['unclear'] : predicted.topics.map((topic) => topic.id) });
    }
    const goldDomains = example.topics.map((topic) => topicDefinitions[topic].domain);
    if (goldUnclear ? predicted.domain === null : predicted.domain !== null && goldDomains.includes(predicted.domain)) domain += 1;
    if (predicted.language === example.lang) language += 1;
    const languageKey = intakeLanguages.has(example.lang) ? example.lang : 'other';
    const figures = perLanguage.get(languageKey) ?? { messages: 0, top1: 0, domain: 0, language: 0, gold: 0, caught: 0, negatives: 0, falseAlarms: 0, concerns: 0 };
    perLanguage.set(languageKey, figures);
    figures.messages += 1;
    if (correct) figures.top1 += 1;
    if (goldUnclear ? predicted.domain === null : predicted.domain !== null && goldDomains.includes(predicted.domain)) figures.domain += 1;
    if (predicted.language === example.lang) figures.language += 1;
    const tier = predicted.safety?.tier ?? (predicted.crisis ? 'crisis' : 'none');
    if (example.crisis !== null) {
      figures.gold += 1;
      if (tier !== 'none') {
        figures.caught += 1;
        safety.caught += 1;
      } else safety.missed.push(example.text);
    } else {
      figures.negatives += 1;
      if (tier === 'crisis') figures.falseAlarms += 1;
      if (tier === 'concern') {
        figures.concerns += 1;
        safety.concerns.push(example.text);
      }
    }
    if (goldUnclear) unclear.gold += 1;
    if (predicted.unclear) unclear.predicted += 1;
    if (goldUnclear && predicted.unclear) unclear.truePositive += 1;
    if (example.crisis !== null) {
      crisis.gold += 1;
      if (predicted.crisis !== null) crisis.caught += 1;
      else crisis.missed.push(example.text);
      if (predicted.crisis === example.crisis) crisis.exact += 1;
    } else {
      crisis.negatives += 1;
      if (predicted.crisis !== null) crisis.falseAlarms.push(example.text);
    }
  }
  const total = cases.length;
  return {
    messages: total,
    topics,
    macroF1: round(f1s.length === 0 ? 0 : f1s.reduce((sum, value) => sum + value, 0) / f1s.length),
    top1Accuracy: round(ratio(top1, total)),
    domainAccuracy: round(ratio(domain, total)),
    unclear: { precision: round(ratio(unclear.truePositive, unclear.predicted)), recall: round(ratio(unclear.truePositive, unclear.gold)), support: unclear.gold },
    crisis: {
      recall: round(ratio(crisis.caught, crisis.gold)),
      falsePositiveRate: round(ratio(crisis.falseAlarms.length, crisis.negatives, 0)),
      idAccuracy: round(ratio(crisis.exact, crisis.gold)),
      support: crisis.gold,
      missed: crisis.missed,
      falseAlarms: crisis.falseAlarms,
    },
    safety: {
      recall: round(ratio(safety.caught, crisis.gold)),
      support: crisis.gold,
      negatives: crisis.negatives,
      concernRate: round(ratio(safety.concerns.length, crisis.negatives, 0)),
      missed: safety.missed,
      concerns: safety.concerns,
    },
    byLanguage: Object.fromEntries([...perLanguage].sort(([left], [right]) => left.localeCompare(right)).map(([key, figures]) => [key, {
      messages: figures.messages,
      top1Accuracy: round(ratio(figures.top1, figures.messages)),
      domainAccuracy: round(ratio(figures.domain, figures.messages)),
      languageAccuracy: round(ratio(figures.language, figures.messages)),
      safetyRecall: round(ratio(figures.caught, figures.gold)),
      crisisSupport: figures.gold,
      crisisFalsePositiveRate: round(ratio(figures.falseAlarms, figures.negatives, 0)),
      concernRate: round(ratio(figures.concerns, figures.negatives, 0)),
    }])),
    languageAccuracy: round(ratio(language, total)),
    confusedPairs: [...confusions].map(([pair, count]) => {
      const [gold, predicted] = pair.split(' → ');
      return { gold, predicted, count };
    }).sort((left, right) => right.count - left.count).slice(0, 10),
    millisecondsPerMessage: round(millisecondsPerMessage),
    misses,
  };
}

/** Classifies every example, timing the whole run, and evaluates the result. */
export function evaluateClassifier(classifier: Classifier, examples: readonly LabelledExample[]): EvaluationReport {
  // A warm-up pass first, so the figure is that of a running service rather than of a cold start.
  for (const example of examples) classifier.classify(example.text);
  const started = performance.now();
  const cases = examples.map((example) => ({ example, predicted: classifier.classify(example.text) }));
  const elapsed = performance.now() - started;
  return evaluateCases(cases, examples.length === 0 ? 0 : elapsed / examples.length);
}
