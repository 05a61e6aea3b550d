// The inbox API: the CSRF token goes with every state change; errors carry the server's kind message.
let csrfToken: string | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** What the server sends beside a refusal, such as confirmationNeeded on a take-over it wants confirmed. */
export interface ErrorPayload {
  error?: string;
  confirmationNeeded?: boolean;
  assigneeName?: string;
  crisis?: boolean;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly payload: ErrorPayload = {}) {
    super(message);
  }
}

/** The message to show for anything thrown: the server's words for an ApiError. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One call to the inbox API; `Answer` is the JSON the route returns (bots/web/*-routes.ts). */
export async function api<Answer = Record<string, unknown>>(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, (payload as ErrorPayload).error ?? 'Er ging iets mis.', payload as ErrorPayload);
  return payload as Answer;
}
