import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../web/start-test-server.js';
import { createWebClient } from '../web/web-client.js';
import { createTestDatabase, createManualClock, mondayMorning } from '../support/test-runtime.js';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { createLocalFanOut } from '../../bots/runtime/shared-event-bus.js';
import { startMetricsServer } from '../../bots/web/metrics-routes.js';
import { silentLogger } from '../../core/ports/logger.js';
import { metricValue } from '../support/metric-value.js';
import type { LanguageModel } from '../../core/language-model/language-model.js';
import type { InloopEvent } from '../../core/ports/event-bus.js';

const metricsToken = 'a-metrics-token-of-some-length';

describe('GET /metrics with METRICS_TOKEN', () => {
  let server: TestServer;
  let client: ReturnType<typeof createWebClient>;
  const scrape = async (authorization = `Bearer ${metricsToken}`) => {
    const response = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization } });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text(), challenge: response.headers.get('www-authenticate') };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { METRICS_TOKEN: metricsToken });
    client = createWebClient(server.baseUrl);
    await server.addWorker('anna', 'correct horse battery', 'Anna de Vries');
  });
  afterAll(() => server?.stop());

  it('refuses a scrape without the token, or with another one', async () => {
    const without = await fetch(`${server.baseUrl}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect((await scrape('Bearer not-the-metrics-token-at-all')).status).toBe(401);
    expect((await scrape(metricsToken)).status).toBe(401);
  });

  it('counts resident turns, their latency, safety signals, open cases and the pick-up', async () => {
    const before = await scrape();
    expect(before.status).toBe(200);
    expect(before.type).toContain('text/plain');
    expect(before.text).toContain('process_cpu_user_seconds_total');
    expect(metricValue(before.text, 'inloop_resident_turns_total{channel="web",outcome="answered"}')).toBe(0);

    const { token } = await client.startConversation();
    expect((await client.say(token, 'mens')).status).toBe(200);
    const crisis = await client.startConversation();
    expect((await client.say(crisis.token, 'ik wil niet meer leven, ik heb de pillen al klaarliggen')).status).toBe(200);

    const after = await scrape();
    expect(metricValue(after.text, 'inloop_resident_turns_total{channel="web",outcome="answered"}')).toBe(2);
    expect(metricValue(after.text, 'inloop_turn_duration_seconds_count{channel="web"}')).toBe(2);
    expect(metricValue(after.text, 'inloop_turn_duration_seconds_sum{channel="web"}')).toBeGreaterThan(0);
    expect(metricValue(after.text, 'inloop_safety_signals_total{tier="crisis"}')).toBe(1);
    // 'mens' opens a waiting case at once: the gauge reads the database on the scrape.
    const cases = await server.runtime.store.listCases();
    const human = cases.find((record) => record.urgency !== 'crisis')!;
    expect(metricValue(after.text, `inloop_cases_open{status="waiting",urgency="${human.urgency}"}`)).toBe(1);

    const anna = client.worker(await client.login('anna', 'correct horse battery'));
    expect((await anna(`/api/inbox/cases/${human.id}/claim`, {})).status).toBe(200);
    const claimed = await scrape();
    expect(metricValue(claimed.text, `inloop_case_pickup_seconds_count{urgency="${human.urgency}"}`)).toBe(1);
    expect(metricValue(claimed.text, `inloop_cases_open{status="claimed",urgency="${human.urgency}"}`)).toBe(1);
    expect(metricValue(claimed.text, `inloop_cases_open{status="waiting",urgency="${human.urgency}"}`)).toBe(0);
  });
});

describe('GET /metrics without a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('answers a request made on this machine directly, and refuses one that came through a proxy', async () => {
    const direct = await fetch(`${server.baseUrl}/metrics`);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toContain('inloop_resident_turns_total');
    const proxied = await fetch(`${server.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status).toBe(403);
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics on its own port and not on the main one', async () => {
    const server = await startTestServer({}, { METRICS_PORT: '9' });
    try {
      // The main port leaves it to the metrics server.
      expect((await fetch(`${server.baseUrl}/metrics`)).status).toBe(404);
      const metricsServer = await startMetricsServer(server.runtime, 0);
      try {
        const address = metricsServer.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('inloop_cases_open');
      } finally {
        await metricsServer.close();
      }
    } finally {
      await server.stop();
    }
  });
});

describe('language-model metrics', () => {
  let runtime: Runtime;
  const database = createTestDatabase();
  afterEach(async () => {
    await runtime?.close();
    database.remove();
  });

  it('counts the calls and the fall-back to the offline answer when the model fails', async () => {
    const failing: LanguageModel = {
      description: 'a model that always fails',
      instructionTexts: [],
      read: async () => {
        throw new Error('model unavailable');
      },
      summarise: async () => {
        throw new Error('model unavailable');
      },
    };
    const configuration = loadConfiguration({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', OPENAI_API_KEY: 'test-key', LLM_TIMEOUT_MS: '2000' });
    runtime = await createRuntime(configuration, { clock: createManualClock(mondayMorning), logger: silentLogger, languageModel: failing });
    const replies = await runtime.assistant.handle({ ref: { channel: 'cli', chatId: 'metrics' }, text: 'Ik heb schulden en de huur is te hoog', kind: 'text' });
    expect(replies.length).toBeGreaterThan(0);
    const text = await runtime.metrics.render();
    expect(metricValue(text, 'inloop_language_model_calls_total{operation="read"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'inloop_language_model_fallbacks_total{operation="read"}')).toBe(1);
    expect(metricValue(text, 'inloop_resident_turns_total{channel="cli",outcome="answered"}')).toBe(1);
  });
});

describe('event-bus lag', () => {
  it('is observed when an event from another instance arrives', () => {
    const lags: number[] = [];
    const store = { listMessages: async () => [], findCase: async () => null };
    const sender = createLocalFanOut({ store, logger: silentLogger, instanceId: 'sender' });
    const receiver = createLocalFanOut({ store, logger: silentLogger, instanceId: 'receiver', observeLag: (seconds) => lags.push(seconds) });
    const event: InloopEvent = { type: 'case-taken-over', caseId: 'case-1', fromWorkerId: 'w1', byWorkerId: 'w2', action: 'claimed' };
    receiver.receive(sender.encode(event));
    expect(lags).toHaveLength(1);
    expect(lags[0]).toBeGreaterThanOrEqual(0);
    // Its own echo is not another instance's event.
    receiver.receive(receiver.encode(event));
    expect(lags).toHaveLength(1);
  });
});
