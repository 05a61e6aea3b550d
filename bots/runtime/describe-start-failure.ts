import { ConfigurationError, StoreError } from '../../core/errors.js';

/** Exit codes of a start that fails (sysexits.h). */
export const startFailureExitCodes = {
  /** The database or Redis cannot be reached or opened. */
  unavailable: 69, // EX_UNAVAILABLE
  /** Something unexpected; the line names the error's class. */
  unexpected: 70, // EX_SOFTWARE
  /** A value that is wrong. */
  configuration: 78, // EX_CONFIG
} as const;

export interface StartFailure {
  /** One line for a person, without a stack trace; passwords in URLs masked. */
  line: string;
  exitCode: number;
}

// Node's codes for a service that does not answer (refused, no such host, no route, timed out).
const connectionFailureCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** True when the error, or anything it wraps (cause, node-redis's socketError, an AggregateError's errors), failed to connect. */
function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, cause, socketError, errors } = error as { code?: unknown; cause?: unknown; socketError?: unknown; errors?: unknown };
  if (typeof code === 'string' && connectionFailureCodes.has(code)) return true;
  const wrapped = [cause, socketError, ...(Array.isArray(errors) ? errors : [])];
  return wrapped.some((inner) => isConnectionFailure(inner, depth + 1));
}

/** `scheme://user:password@host` → `scheme://user:***@host`, wherever it occurs in the text. */
export function maskUrlPasswords(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi, '$1:***@');
}

/** The error's message on one line, passwords masked. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message || String((error as { code?: unknown }).code ?? '') : String(error);
  return maskUrlPasswords(message.replace(/\s*\n\s*/g, ' ').trim());
}

/**
 * What a person is told when the runtime cannot be created: a store error names DATABASE_URL,
 * the Redis bus's error names REDIS_URL itself, anything else gives its class.
 */
export function describeStartFailure(error: unknown): StartFailure {
  const unavailable = isConnectionFailure(error);
  if (error instanceof ConfigurationError && !unavailable) {
    return { line: `Configuration error: ${oneLine(error)}`, exitCode: startFailureExitCodes.configuration };
  }
  if (error instanceof StoreError) {
    return { line: `Inloop cannot start: DATABASE_URL: ${oneLine(error)}`, exitCode: startFailureExitCodes.unavailable };
  }
  if (error instanceof ConfigurationError) {
    return { line: `Inloop cannot start: ${oneLine(error)}`, exitCode: startFailureExitCodes.unavailable };
  }
  const kind = error instanceof Error ? error.name || error.constructor.name : typeof error;
  return {
    line: `Inloop cannot start: unexpected ${kind}: ${oneLine(error)} (LOG_LEVEL=debug also prints the stack trace)`,
    exitCode: unavailable ? startFailureExitCodes.unavailable : startFailureExitCodes.unexpected,
  };
}
