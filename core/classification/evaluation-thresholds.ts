import type { EvaluationReport } from './evaluation.js';

/** Minimums (and one maximum) a CI run can demand; unset ones are not checked. */
export interface EvaluationThresholds {
  minTop1?: number;
  minMacroF1?: number;
  minDomain?: number;
  minCrisisRecall?: number;
  /** Crisis messages caught as crisis or concern. */
  minSafetyRecall?: number;
  maxCrisisFpr?: number;
  /** Messages without a crisis that got the safety question. */
  maxConcernRate?: number;
  minLanguage?: number;
}

/** The targets of issue 3 with the safety tiers of issue 12, used by the tests and as the documented CI line. */
export const issueTargets: EvaluationThresholds = {
  minTop1: 0.85, minMacroF1: 0.8, minDomain: 0.9, minSafetyRecall: 1, maxCrisisFpr: 0.02, maxConcernRate: 0.1, minLanguage: 0.95,
};

/** Describes every threshold the report misses; empty when all are met. */
export function thresholdFailures(report: EvaluationReport, thresholds: EvaluationThresholds): string[] {
  const checks: [keyof EvaluationThresholds, number, 'min' | 'max', string][] = [
    ['minTop1', report.top1Accuracy, 'min', 'top-1 accuracy'],
    ['minMacroF1', report.macroF1, 'min', 'macro-F1'],
    ['minDomain', report.domainAccuracy, 'min', 'domain accuracy'],
    ['minCrisisRecall', report.crisis.recall, 'min', 'crisis recall'],
    ['minSafetyRecall', report.safety.recall, 'min', 'crisis-or-concern recall'],
    ['maxCrisisFpr', report.crisis.falsePositiveRate, 'max', 'crisis false-positive rate'],
    ['maxConcernRate', report.safety.concernRate, 'max', 'concern rate on messages without a crisis'],
    ['minLanguage', report.languageAccuracy, 'min', 'language accuracy'],
  ];
  const failures: string[] = [];
  for (const [key, actual, kind, label] of checks) {
    const limit = thresholds[key];
    if (limit === undefined) continue;
    if (kind === 'min' ? actual < limit : actual > limit) failures.push(`${label} ${actual} is ${kind === 'min' ? 'below' : 'above'} ${limit}`);
  }
  return failures;
}
