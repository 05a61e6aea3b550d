import { InloopError } from '../errors.js';

/** A language model did not answer in time, answered badly, or its answer was refused. */
export class LanguageModelError extends InloopError {
  readonly timedOut: boolean;
  readonly refused: boolean;
  /** Whether another attempt could answer: false for a request the server refused as such (a wrong key, an unknown model). */
  readonly retriable: boolean;
  constructor(message: string, options: { cause?: unknown; conversationId?: string; timedOut?: boolean; refused?: boolean; retriable?: boolean } = {}) {
    super(message, options);
    this.name = 'LanguageModelError';
    this.timedOut = options.timedOut ?? false;
    this.refused = options.refused ?? false;
    this.retriable = options.retriable ?? !(this.timedOut || this.refused);
  }
}
