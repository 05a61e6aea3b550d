import pino from 'pino';
import type { Logger } from '../../core/ports/logger.js';

/** Structured logs on stderr, so the terminal tools keep stdout for their own output. */
export function createLogger(level: string): Logger & pino.Logger {
  return pino({ level, base: undefined, redact: ['text', '*.text', 'password', '*.password'] }, pino.destination(2));
}
