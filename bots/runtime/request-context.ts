import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while a request is handled carries (docs/operators/metrics.md, "Request ids"). */
export interface RequestContext {
  requestId: string;
}

/** Set by the web server around each request; read by the logger (create-logger.ts), so core code needs no request in hand. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

/** A load balancer's or client's id is taken only when it is a short token of safe characters: it goes into logs and a header. */
const safeRequestId = /^[A-Za-z0-9._-]{1,64}$/;

/** The incoming X-Request-Id when it is safe, otherwise a new random one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && safeRequestId.test(incoming) ? incoming : randomUUID();
}

/** The fields the logger adds to a line: the request id while a request is handled, nothing otherwise. */
export function requestLogFields(): Partial<RequestContext> {
  const context = requestContext.getStore();
  return context ? { requestId: context.requestId } : {};
}
