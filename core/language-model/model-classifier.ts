import type { Classification, Classifier } from '../classification/classification.js';
import { initialDialogueState } from '../dialogue/dialogue-state.js';
import type { ModelAssist } from './model-assist.js';

export interface ModelClassification {
  classification: Classification;
  /** model when the model's reading was merged in; offline when it was not asked, failed or was refused. */
  source: 'model' | 'offline';
}

/** One message read as a first message, offline first and the model on top: for the classify and eval commands. */
export function createModelClassifier(offline: Classifier, model: ModelAssist) {
  return {
    async classify(text: string, conversationId = 'command-line'): Promise<ModelClassification> {
      const reading = offline.classify(text);
      const understood = await model.understand({
        conversationId,
        state: initialDialogueState(),
        event: { text, kind: 'text' },
        offline: reading,
        deadline: model.startTurn(),
      });
      return understood ? { classification: understood.classification, source: 'model' } : { classification: reading, source: 'offline' };
    },
  };
}
