/**
 * What a log line keeps of an error: an allow-list, never the error as it is. Channel libraries
 * put the words of a conversation on their errors (grammy's `payload` holds the reply text and
 * the chat id, Slack's `data` the API's answer, openai and LangChain the request or the model's
 * output, Prisma the query's arguments) and in their messages, so a message is never logged
 * either: the class, the method, the status and a code say what failed.
 */
export interface LoggedError {
  type: string;
  method?: string;
  status?: number;
  code?: string;
  /** Ids only (InloopError's conversation, CaseClaimConflictError's case). */
  conversationId?: string;
  caseId?: string;
  /** LanguageModelError: a spent budget or a refused answer. */
  timedOut?: boolean;
  refused?: boolean;
  /** Where it was thrown: the stack's frames, without the first line (which repeats the message). */
  stack?: string;
  cause?: LoggedError;
}

/** A code is logged only when it looks like one (P2002, ECONNREFUSED, slack_webapi_platform_error, SQLITE_BUSY). */
const codePattern = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Ids are logged only when they look like ids (cuid, uuid, numeric), never as free text. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const maximumCauseDepth = 3;

type Fields = Record<string, unknown>;

const text = (value: unknown, pattern: RegExp): string | undefined => (typeof value === 'string' && pattern.test(value) ? value : undefined);

function statusOf(fields: Fields): number | undefined {
  // grammy: error_code; openai: status; Slack's HTTP error and Node's HTTP: statusCode.
  for (const key of ['status', 'statusCode', 'error_code']) {
    const value = fields[key];
    if (typeof value === 'number' && Number.isInteger(value)) return value;
  }
  return undefined;
}

function codeOf(fields: Fields): string | undefined {
  const code = text(fields.code, codePattern);
  // Slack's platform error: the API's own error code ("channel_not_found") from `data`, nothing else of it.
  const data = fields.data as Fields | undefined;
  const platform = data && typeof data === 'object' ? text(data.error, codePattern) : undefined;
  return platform && code ? `${code}:${platform}` : (platform ?? code);
}

function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length ? frames.map((line) => line.trim()).join('\n') : undefined;
}

export function serializeError(error: unknown, depth = 0): LoggedError {
  if (error === null || typeof error !== 'object') return { type: typeof error };
  const fields = error as Fields;
  const type = text(error.constructor?.name, codePattern) ?? text(fields.name, codePattern) ?? 'Object';
  const logged: LoggedError = { type };
  const method = text(fields.method, codePattern);
  if (method) logged.method = method;
  const status = statusOf(fields);
  if (status !== undefined) logged.status = status;
  const code = codeOf(fields);
  if (code) logged.code = code;
  const conversationId = text(fields.conversationId, idPattern);
  if (conversationId) logged.conversationId = conversationId;
  const caseId = text(fields.caseId, idPattern);
  if (caseId) logged.caseId = caseId;
  if (fields.timedOut === true) logged.timedOut = true;
  if (fields.refused === true) logged.refused = true;
  const stack = framesOf(fields.stack);
  if (stack) logged.stack = stack;
  // grammy's HttpError keeps the network error in `error`, the others in `cause`.
  const cause = fields.cause ?? (type === 'HttpError' ? fields.error : undefined);
  if (cause !== undefined && cause !== error && depth < maximumCauseDepth) logged.cause = serializeError(cause, depth + 1);
  return logged;
}
