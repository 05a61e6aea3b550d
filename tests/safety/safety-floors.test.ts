import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClassifier } from '../../core/classification/evaluation.js';
import { thresholdFailures, type EvaluationThresholds } from '../../core/classification/evaluation-thresholds.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import { repositoryRoot } from '../classification/repository-paths.js';

/** The safety targets of issue 12. */
const safetyTargets: EvaluationThresholds = { minSafetyRecall: 1, maxCrisisFpr: 0.02, maxConcernRate: 0.1 };
const classifier = createOfflineClassifier();
const trainingFolder = path.join(repositoryRoot, 'tests/corpus/training');

/**
 * Files written to be hard for the question: long, heavy stories without a crisis. Their rate of
 * the safety question is above the target and may not rise (a ratchet, lowered as the lexicons
 * learn them); missed crises and false crisis alarms keep the targets.
 */
const overAskedToday: Readonly<Record<string, number>> = { '2026-12-02-train-t6.jsonl': 0.17 };

/*
 * Floors, not figures: these files were read while the lexicons were written (tests/corpus/README.md).
 * A change that loses a crisis the lexicons once caught, or raises false alarms, fails here; the
 * figures that say how the check generalises come from blind files only (docs/developers/safety.md).
 */
describe('the safety check keeps what it learned from files that were read', () => {
  const files = [
    ...readdirSync(trainingFolder).filter((name) => name.endsWith('.jsonl')).map((name) => path.join(trainingFolder, name)),
    path.join(repositoryRoot, 'core/classification/corpus/train.jsonl'),
    path.join(repositoryRoot, 'tests/corpus/held-out.jsonl'),
    path.join(repositoryRoot, 'tests/corpus/held-out-2.jsonl'),
    path.join(repositoryRoot, 'tests/corpus/held-out-3.jsonl'),
    path.join(repositoryRoot, 'tests/corpus/shared-dev.jsonl'),
  ];
  it.each(files.map((file) => [path.relative(repositoryRoot, file), file]))('%s', (_name, file) => {
    const report = evaluateClassifier(classifier, readLabelledExamples(file));
    expect(report.safety.missed).toEqual([]);
    const maxConcernRate = overAskedToday[path.basename(file)] ?? safetyTargets.maxConcernRate;
    expect(thresholdFailures(report, { ...safetyTargets, maxConcernRate })).toEqual([]);
  });
});
