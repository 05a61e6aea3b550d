import { InloopError } from '../../core/errors.js';
import { defaultRetryPolicy, retryWithBackoff, type RetryPolicy } from './retry-with-backoff.js';
import type { WhatsAppSendBody } from './reply-to-whatsapp.js';

/**
 * A refused or failed Graph API call. Only the HTTP status and Meta's numeric error code are kept:
 * the message Meta sends back may quote what was sent, and the log must never hold a resident's words.
 */
export class GraphApiError extends InloopError {
  readonly status: number;
  /** Meta's error code (190: the access token; 131047: outside the 24-hour window; 130429: throughput). */
  readonly code: string | undefined;
  readonly method: string;
  readonly retryAfterMilliseconds: number | undefined;
  constructor(method: string, status: number, code: string | undefined, options: { cause?: unknown; retryAfterMilliseconds?: number } = {}) {
    super(`graph api ${method} answered ${status}${code ? ` (code ${code})` : ''}`, options);
    this.name = 'GraphApiError';
    this.method = method;
    this.status = status;
    this.code = code;
    this.retryAfterMilliseconds = options.retryAfterMilliseconds;
  }

  /** The access token is wrong, expired or lacks the permission: nothing helps but a new token. */
  get isAuthError(): boolean {
    return this.status === 401 || this.code === '190' || this.status === 403;
  }
}

export interface GraphApiClientOptions {
  apiUrl: string;
  phoneNumberId: string;
  accessToken: string;
  retry?: RetryPolicy;
  /** Per attempt. */
  timeoutMilliseconds?: number;
}

export interface GraphApiClient {
  /** POST /{phone-number-id}/messages; returns the WhatsApp message id (wamid). 429 and 5xx are retried with back-off. */
  sendMessage(to: string, body: WhatsAppSendBody): Promise<string>;
  /** GET /{phone-number-id}: checks the token and the number at start, like Telegram's getMe. */
  describePhoneNumber(): Promise<{ displayPhoneNumber: string | null; verifiedName: string | null }>;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** The Cloud API's wire format over fetch: a small client, since no maintained library is installed here. */
export function createGraphApiClient(options: GraphApiClientOptions): GraphApiClient {
  const base = options.apiUrl.replace(/\/+$/, '');
  const timeoutMilliseconds = options.timeoutMilliseconds ?? 15_000;

  async function call(method: string, path: string, body?: object): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(`${base}/${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${options.accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeoutMilliseconds),
      });
    } catch (error) {
      // A network failure: the cause keeps its code (ECONNREFUSED), not the request.
      throw new GraphApiError(method, 0, undefined, { cause: error });
    }
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const code = (answer.error as { code?: unknown } | undefined)?.code;
      throw new GraphApiError(method, response.status, typeof code === 'number' || typeof code === 'string' ? String(code) : undefined, {
        retryAfterMilliseconds: retryAfter(response.headers.get('retry-after')),
      });
    }
    return answer;
  }

  const retriable = (error: unknown) =>
    error instanceof GraphApiError && (error.status === 429 || error.status >= 500)
      ? { retry: true, afterMilliseconds: error.retryAfterMilliseconds }
      : { retry: false };

  return {
    async sendMessage(to, body) {
      const answer = await retryWithBackoff(
        () => call('messages', `${encodeURIComponent(options.phoneNumberId)}/messages`, { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...body }),
        retriable,
        options.retry ?? defaultRetryPolicy,
      );
      const id = (answer.messages as Array<{ id?: unknown }> | undefined)?.[0]?.id;
      return typeof id === 'string' ? id : '';
    },

    async describePhoneNumber() {
      const answer = await retryWithBackoff(
        () => call('phone-number', `${encodeURIComponent(options.phoneNumberId)}?fields=display_phone_number,verified_name`),
        retriable,
        options.retry ?? defaultRetryPolicy,
      );
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return { displayPhoneNumber: text(answer.display_phone_number), verifiedName: text(answer.verified_name) };
    },
  };
}
