import pino from 'pino';
import type { Logger } from '../../core/ports/logger.js';
import { serializeError } from './serialize-error.js';
import { requestLogFields } from './request-context.js';

/**
 * Structured logs on stderr, so the terminal tools keep stdout for their own output. Errors are
 * logged through an allow-list (serialize-error.ts), whether passed as `err` or `error`.
 * A line written while a web request is handled carries its `requestId`. `destination` is for tests that read what was logged.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger & pino.Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: ['text', '*.text', 'password', '*.password'],
      serializers: { err: serializeError, error: serializeError },
      mixin: requestLogFields,
    },
    destination,
  );
}
