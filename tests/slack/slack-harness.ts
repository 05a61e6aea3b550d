import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { createSlackDesk, slackSettings, type SlackDesk } from '../../bots/slack/create-slack-desk.js';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { postSignedToSlackEndpoint, type SigningOptions } from './signed-slack-request.js';

export const signingSecret = 'test-signing-secret-8f2a';
export const slackChannel = 'C0INLOOP';

interface Instance {
  runtime: Runtime;
  web: FastifyInstance;
  slack: SlackDesk;
  baseUrl: string;
}

/** One app process: runtime, web server on a loopback port with the Slack desk's route, the desk started. */
async function boot(database: TestDatabase, slackApi: FakeSlackApi, clock: ReturnType<typeof createManualClock>, environment: Record<string, string>): Promise<Instance> {
  const runtime = await createTestRuntime(database, clock, {
    SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: signingSecret, SLACK_CHANNEL_ID: slackChannel, SLACK_API_URL: slackApi.url, ...environment,
  });
  const { settings } = slackSettings(runtime.configuration);
  if (!settings) throw new Error('slack settings incomplete');
  let baseUrl = '';
  const slack = createSlackDesk(runtime, settings, { publicBaseUrl: () => runtime.configuration.PUBLIC_URL ?? baseUrl });
  const web = await createWebServer(runtime, { routes: slack.routes });
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await slack.start();
  return { runtime, web, slack, baseUrl };
}

async function shutdown(instance: Instance): Promise<void> {
  await instance.slack.stop();
  await instance.web.close();
  await instance.runtime.close();
}

/** The app with the Slack desk, over a temp SQLite file, talking to a fake Slack Web API on loopback. */
export async function startSlackHarness(environment: Record<string, string> = {}) {
  const clock = createManualClock(mondayMorning);
  const database = createTestDatabase();
  const slackApi = await startFakeSlackApi();
  let instance = await boot(database, slackApi, clock, environment).catch(async (error: unknown) => {
    await slackApi.close();
    database.remove();
    throw error;
  });

  return {
    clock,
    database,
    slackApi,
    get runtime() {
      return instance.runtime;
    },
    get slack() {
      return instance.slack;
    },
    get baseUrl() {
      return instance.baseUrl;
    },
    post(body: string, contentType: string, options: Partial<SigningOptions> = {}) {
      return postSignedToSlackEndpoint(`${instance.baseUrl}/slack/events`, body, contentType, { secret: signingSecret, ...options });
    },
    async addWorker(username: string, displayName: string, slackUserId: string | null): Promise<WorkerRecord> {
      const worker = await instance.runtime.store.createWorker({ username, displayName, team: 'Noord', passwordHash: 'not-used-here' });
      return slackUserId ? instance.runtime.store.updateWorker(worker.id, { slackUserId }) : worker;
    },
    /** Stops the whole app and starts it again on the same database, as after a restart. */
    async restart(between?: () => Promise<void>) {
      await shutdown(instance);
      if (between) await between();
      instance = await boot(database, slackApi, clock, environment);
    },
    async stop() {
      await shutdown(instance);
      await slackApi.close();
      database.remove();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
