import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createLogger } from '../../bots/runtime/create-logger.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { readMetric } from '../support/metric-value.js';
import { createSlackDesk, slackSettings } from '../../bots/slack/create-slack-desk.js';
import { startTelegramChannel } from '../../bots/telegram/start-telegram-channel.js';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';
import type { NewCase } from '../../core/ports/case-record.js';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import { Prisma } from '../../prisma/generated/sqlite/client.js';
import { startFakeOpenAiServer } from '../language-model/fake-openai-server.js';
import { startFakeSlackApi, waitFor } from '../slack/fake-slack-api.js';
import { createResident } from '../support/transcript.js';
import { createManualClock, createTestDatabase, mondayMorning } from '../support/test-runtime.js';
import { createTelegramResident, startEmulator, testToken } from '../telegram/emulated-telegram.js';

// Issue 13, point 2: a refused Telegram send put the worker's reply and the chat id into the
// error log (grammy's err.payload). Every channel is made to fail here with known words, and the
// JSON the logger writes is searched for them: errors are logged by class, method and status only.
const chatId = 731945028;
const phone = '06-48213957';
const residentText = 'Mijn naam is Wilhelmina Zonnebloem en de deurwaarder komt dinsdag';
const workerReply = `Beste Wilhelmina, bel me op ${phone}, dan regelen we de Zonnebloem-huur`;
const secrets = [String(chatId), phone, 'Wilhelmina', 'Zonnebloem', 'deurwaarder komt dinsdag'];

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The production logger (create-logger.ts) writing its JSON lines into a string. */
function capturedLogger() {
  let written = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('info', sink), text: () => written, lines: () => written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

async function startRuntime(logger: ReturnType<typeof capturedLogger>['logger'], environment: Record<string, string> = {}): Promise<Runtime> {
  const database = createTestDatabase();
  const configuration = loadConfiguration({ DATABASE_URL: database.url, LOG_LEVEL: 'info', ...environment });
  const runtime = await createRuntime(configuration, { clock: createManualClock(mondayMorning), logger });
  cleanups.push(() => database.remove(), () => runtime.close());
  return runtime;
}

function expectNoSecrets(logged: string): void {
  for (const secret of secrets) expect(logged, `the log holds "${secret}"`).not.toContain(secret);
}

/** A waiting case with the resident's words and phone number, as a turn opens it. */
async function openCase(runtime: Runtime, ref: ConversationRef) {
  const at = runtime.clock.now();
  const conversation = await runtime.store.openConversation(ref, at);
  const draft: NewCase = {
    conversationId: conversation.id, firstWords: residentText, summary: `${residentText}. Bellen op ${phone}.`, topics: [{ id: 'money', confidence: 0.9 }],
    domain: 'self-reliance', urgency: 'urgent', crisis: null, tried: null, network: null, wish: null, contactPreference: 'phone', contactDetails: phone,
    language: 'nl', consent: true, team: null, safetyCheck: null, facts: null, confirmation: null,
  };
  const written = await runtime.store.saveTurn(conversation.id, {
    state: initialDialogueState(), expectedVersion: conversation.version, at,
    messages: [{ direction: 'inbound', author: 'resident', text: residentText, kind: 'text', createdAt: at }], openCase: draft,
  });
  return written.openedCase!;
}

it('Telegram: a refused send (the assistant\'s reply and a worker\'s) is logged without the text or the chat id', async () => {
  const emulator = await startEmulator();
  cleanups.push(() => emulator.stop());
  // Between the bot and the emulator: passes everything on, and answers sendMessage to the
  // resident's chat as Telegram does for a bot the resident blocked, once `refusing` is set.
  let refusing = false;
  const proxy: Server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    if (refusing && request.url?.endsWith('/sendMessage') && String((JSON.parse(body || '{}') as { chat_id?: unknown }).chat_id) === String(chatId)) {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }));
      return;
    }
    const answer = await fetch(`${emulator.apiRoot}${request.url}`, { method: request.method, headers: { 'content-type': request.headers['content-type'] ?? 'application/json' }, body: request.method === 'GET' ? undefined : body });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    proxy.closeAllConnections();
    proxy.close(() => resolve());
  }));
  const log = capturedLogger();
  const runtime = await startRuntime(log.logger, { TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
  const channel = await startTelegramChannel(runtime);
  cleanups.push(() => channel.stop());
  const resident = createTelegramResident(emulator, channel.bot, { chatId });

  expect(await resident.send('/start')).toMatch(/digitale assistent/); // the way through works
  refusing = true;
  await resident.send(residentText); // the assistant's answer is refused
  const handedOff = await openCase(runtime, { channel: 'telegram', chatId: String(chatId) });
  const worker = await runtime.store.createWorker({ username: 'fatima', displayName: 'Fatima', passwordHash: 'not-used-here', team: null });
  await runtime.desk.claim(handedOff.id, worker.id);
  await runtime.desk.reply(handedOff.id, worker.id, workerReply); // stored, then refused by "Telegram"

  const failures = log.lines().filter((line) => line.msg === 'telegram update failed' || line.msg === 'delivery to resident failed; message is stored');
  expect(failures.map((line) => line.msg)).toEqual(expect.arrayContaining(['telegram update failed', 'delivery to resident failed; message is stored']));
  // What is left says what failed: class, method and status.
  expect(failures.at(-1)!.err).toMatchObject({ type: 'GrammyError', method: 'sendMessage', status: 403 });
  // Each refused send is counted for the operators (docs/operators/metrics.md), once.
  expect(await readMetric(runtime, 'inloop_channel_send_failures_total{channel="telegram"}')).toBe(failures.length);
  expectNoSecrets(log.text());
});

it('Slack: a refused card (Slack answering with the words it was sent) is logged without them', async () => {
  const slackApi = await startFakeSlackApi();
  cleanups.push(() => slackApi.close());
  // The worst case: an error answer that quotes what it was sent.
  slackApi.answerWith((method, body) =>
    method === 'chat.postMessage' ? { ok: false, error: 'invalid_blocks', response_metadata: { messages: [`[ERROR] cannot show ${JSON.stringify(body)}`] } } : undefined,
  );
  const log = capturedLogger();
  const runtime = await startRuntime(log.logger, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_CHANNEL_ID: 'C0INLOOP', SLACK_API_URL: slackApi.url });
  const { settings } = slackSettings(runtime.configuration);
  const slack = createSlackDesk(runtime, settings!, { publicBaseUrl: () => 'http://127.0.0.1' });
  await slack.start();
  cleanups.push(() => slack.stop());

  const record = await openCase(runtime, { channel: 'web', chatId: 'resident-slack-log' });
  await runtime.events.publish({ type: 'case-opened', case: record });
  await waitFor(() => log.lines().some((line) => line.msg === 'slack update failed'), 'the refused card to be logged');
  await slack.stop();

  // Slack was sent the words, and answered with them; the log has neither.
  expect(JSON.stringify(slackApi.callsOf('chat.postMessage'))).toContain('Zonnebloem');
  const failure = log.lines().find((line) => line.msg === 'slack update failed')!;
  expect(failure.err).toMatchObject({ code: expect.stringContaining('invalid_blocks') });
  expectNoSecrets(log.text());
});

it('the language model: a failed answer that quotes the resident is logged without the quote', async () => {
  // A model that echoes the resident's message in output that does not parse (LangChain puts the
  // output into its error), and a server error afterwards.
  const model = await startFakeOpenAiServer((body, index) =>
    index % 2 === 0 ? { content: `{"understood": ${JSON.stringify(body.messages.at(-1)?.content ?? '')}` } : { status: 400 },
  );
  cleanups.push(() => model.close());
  const log = capturedLogger();
  const runtime = await startRuntime(log.logger, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'test-model', LLM_TIMEOUT_MS: '3000' });
  const resident = createResident(() => runtime);
  await resident.send(residentText);
  await resident.send(`Je kunt me bellen op ${phone}`);

  // The model sees the resident's words (names and numbers are redacted before it, core/privacy/).
  expect(model.sentText()).toContain('deurwaarder komt dinsdag');
  const failures = log.lines().filter((line) => line.msg === 'language model failed: offline answer');
  expect(failures.length).toBeGreaterThan(0);
  expect(failures[0].err).toMatchObject({ type: 'LanguageModelError' });
  expectNoSecrets(log.text());
});

it('the store: a Prisma error with the query\'s values is logged by class and code', () => {
  const log = capturedLogger();
  const error = new Prisma.PrismaClientKnownRequestError(`Unique constraint failed on the value "${residentText}"`, { code: 'P2002', clientVersion: '7', meta: { target: phone } });
  log.logger.error({ err: error }, 'turn failed');
  log.logger.warn({ error }, 'turn failed');
  expect(log.lines()[0].err).toMatchObject({ type: 'PrismaClientKnownRequestError', code: 'P2002' });
  expectNoSecrets(log.text());
});
