// The inbox API: the CSRF token goes with every state change; errors carry the server's kind message.
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(status, message, payload = {}) {
    super(message);
    this.status = status;
    // The rest of the answer, such as confirmationNeeded on a take-over the server wants confirmed.
    this.payload = payload;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, payload.error ?? 'Er ging iets mis.', payload);
  return payload;
}
