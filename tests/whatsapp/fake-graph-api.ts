import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const testPhoneNumberId = '106540352242922';
export const testAccessToken = 'EAAG-test-access-token';
export const testAppSecret = 'app-secret-for-tests';
export const testVerifyToken = 'verify-token-for-tests';

/** One call the fake received, as the Cloud API would: method, path, bearer token and JSON body. */
export interface GraphApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, any> | null;
  /** The status the fake answered. */
  status: number;
}

export interface FakeGraphApi {
  /** The base to use as WHATSAPP_API_URL (like https://graph.facebook.com/v22.0). */
  url: string;
  calls: GraphApiCall[];
  /** The send calls (POST /{phone-number-id}/messages), in order. */
  sends(to?: string): Array<Record<string, any>>;
  /** The next answers to send calls, before the normal 200 (for example 429, 500). */
  failNextSends(...statuses: number[]): void;
  /** Send calls wait until the returned function is called (to see the webhook answered before its turn is done). */
  holdSends(): () => void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

const metaError = (code: number, message: string) => ({ error: { message, type: 'OAuthException', code, fbtrace_id: 'A1b2C3' } });

/**
 * Meta's Graph API for WhatsApp on loopback: GET /{phone-number-id} and POST
 * /{phone-number-id}/messages with the Cloud API's answers and errors. It records every call.
 * Its error messages quote a resident's words on purpose, so a test can see they are never logged.
 */
export async function startFakeGraphApi(): Promise<FakeGraphApi> {
  const calls: GraphApiCall[] = [];
  const failures: number[] = [];
  let held: Promise<void> | null = null;
  let counter = 0;
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const raw = await readBody(request);
    let body: Record<string, any> | null = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = null;
    }
    const path = (request.url ?? '/').replace(/^\/v22\.0/, '');
    const answer = (status: number, json: object) => {
      calls.push({ method: request.method ?? '', path, authorization: request.headers.authorization, body, status });
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    if (request.headers.authorization !== `Bearer ${testAccessToken}`) return answer(401, metaError(190, 'Error validating access token'));
    if (request.method === 'GET' && path.startsWith(`/${testPhoneNumberId}?`)) {
      return answer(200, { display_phone_number: '+31 6 12345678', verified_name: 'Sociaal Wijkteam', id: testPhoneNumberId });
    }
    if (request.method === 'POST' && path === `/${testPhoneNumberId}/messages`) {
      if (held) await held;
      const failure = failures.shift();
      if (failure === 429) return answer(429, metaError(130429, `Rate limit hit sending "${body?.text?.body ?? ''}"`));
      if (failure === 401) return answer(401, metaError(190, `Error validating access token while sending "${body?.text?.body ?? ''}" to ${body?.to}`));
      if (failure) return answer(failure, metaError(131000, 'Something went wrong'));
      if (body?.messaging_product !== 'whatsapp' || typeof body.to !== 'string') return answer(400, metaError(100, 'Invalid parameter'));
      counter += 1;
      return answer(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.TEST${counter}` }] });
    }
    return answer(404, metaError(803, 'Unknown path'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v22.0`,
    calls,
    sends: (to) => calls.filter((call) => call.method === 'POST' && call.status === 200 && (!to || call.body?.to === to)).map((call) => call.body!),
    failNextSends: (...statuses) => void failures.push(...statuses),
    holdSends() {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What Meta sends to the webhook: one change of field `messages` for the test number. */
export function webhookBody(value: { messages?: object[]; statuses?: object[]; contacts?: object[] }, phoneNumberId = testPhoneNumberId) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '31612345678', phone_number_id: phoneNumberId }, ...value } }],
    }],
  };
}

let messageCounter = 0;
/** A resident's message as the Cloud API describes it; `content` is the type's own object (text, interactive, image, …). */
export function residentMessage(from: string, type: string, content: object, at: Date, id = `wamid.IN${++messageCounter}-${from}`) {
  return { from, id, timestamp: String(Math.floor(at.getTime() / 1000)), type, ...content };
}

export const textMessage = (from: string, text: string, at: Date, id?: string) =>
  webhookBody({ contacts: [{ profile: { name: 'Naam Die Nooit Bewaard Wordt' }, wa_id: from }], messages: [residentMessage(from, 'text', { text: { body: text } }, at, id)] });

/** The signature Meta puts on a webhook POST: HMAC-SHA256 of the raw body with the app secret. */
export function signature(raw: string, secret = testAppSecret): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

/** POSTs a webhook body as Meta does; `sign: false` leaves the signature out, a string signs with that secret. */
export function postWebhook(baseUrl: string, body: object | string, sign: boolean | string = true) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sign !== false) headers['x-hub-signature-256'] = signature(raw, typeof sign === 'string' ? sign : testAppSecret);
  return fetch(`${baseUrl}/whatsapp/webhook`, { method: 'POST', headers, body: raw });
}
