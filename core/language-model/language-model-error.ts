import { InloopError } from '../errors.js';

/** A language model did not answer in time, answered badly, or its answer was refused. */
export class LanguageModelError extends InloopError {
  readonly timedOut: boolean;
  readonly refused: boolean;
  constructor(message: string, options: { cause?: unknown; conversationId?: string; timedOut?: boolean; refused?: boolean } = {}) {
    super(message, options);
    this.name = 'LanguageModelError';
    this.timedOut = options.timedOut ?? false;
    this.refused = options.refused ?? false;
  }
}
