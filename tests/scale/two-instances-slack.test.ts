import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDesk, slackSettings, type SlackDesk } from '../../bots/slack/create-slack-desk.js';
import { startFakeSlackApi, waitFor, type FakeSlackApi, type SlackApiCall } from '../slack/fake-slack-api.js';
import { createResident } from '../support/transcript.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';
import { startInstance, stopInstances, type Instance } from './web-instance.js';

const unreachable = await postgresqlUnreachable();
const database = freshSchema('inloop_two_slack');
const name = 'two instances with the Slack desk on one PostgreSQL';

interface SlackInstance extends Instance {
  slack: SlackDesk;
  token: string;
}

/** An instance with the Slack desk configured, talking to the shared fake Slack Web API with a token of its own. */
async function startSlackInstance(instanceName: string, slackApi: FakeSlackApi): Promise<SlackInstance> {
  const token = `xoxb-instance-${instanceName.toLowerCase()}`;
  const instance = await startInstance(instanceName, database.databaseUrl, {
    SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 'two-instances-secret', SLACK_CHANNEL_ID: 'C0TWO', SLACK_API_URL: slackApi.url,
  });
  const { settings } = slackSettings(instance.runtime.configuration);
  if (!settings) throw new Error('slack settings incomplete');
  // The leader looks for missing cards every 1.5 s here (60 s in production).
  const slack = createSlackDesk(instance.runtime, settings, { publicBaseUrl: () => instance.baseUrl, catchUpMilliseconds: 1500 });
  await slack.start();
  return { ...instance, slack, token };
}

async function stopSlackInstance(instance: SlackInstance | undefined): Promise<void> {
  await instance?.slack.stop();
  await stopInstances([instance]);
}

const isCardOf = (caseId: string) => (call: SlackApiCall) => !call.body.thread_ts && JSON.stringify(call.body.blocks ?? []).includes(caseId);

if (unreachable !== null) {
  describeWithoutPostgresql(name, unreachable);
} else {
  describe(`${name}: one posts the cards`, () => {
    let slackApi: FakeSlackApi;
    let a: SlackInstance | undefined;
    let b: SlackInstance | undefined;

    beforeAll(async () => {
      slackApi = await startFakeSlackApi();
      a = await startSlackInstance('A', slackApi);
      b = await startSlackInstance('B', slackApi);
    }, 60_000);

    afterAll(async () => {
      await stopSlackInstance(a);
      await stopSlackInstance(b);
      await slackApi?.close();
      await database.drop();
    });

    /** A resident on `instance` asks for a person; resolves with the case, its one card, and the calls made for it after a pause. */
    async function caseOpenedOn(instance: SlackInstance) {
      const before = new Set((await instance.runtime.store.listCases()).map((record) => record.id));
      const resident = createResident(() => instance.runtime);
      await resident.send('Ik heb hulp nodig met mijn huur');
      await resident.send('mens');
      const opened = (await instance.runtime.store.listCases()).find((record) => !before.has(record.id));
      if (!opened) throw new Error('no new case');
      await waitFor(() => slackApi.calls.find(isCardOf(opened.id)), 'the card', 10_000);
      // Time for a second card from the other instance, if there were one.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { resident, caseId: opened.id, cards: slackApi.calls.filter(isCardOf(opened.id)) };
    }

    it('posts exactly one card for a case opened on A, and mirrors a resident message into its thread once', async () => {
      expect([a!.slack.isPostingCards(), b!.slack.isPostingCards()]).toEqual([true, false]);
      const { resident, caseId, cards } = await caseOpenedOn(a!);
      expect(cards).toHaveLength(1);
      expect(cards[0]!.token).toBe(a!.token);

      // The card's ts, as every instance finds it: in the case's audit ("<channel>/<ts>").
      const audit = await b!.runtime.store.listAudit(caseId);
      const cardTs = audit.find((entry) => entry.action === 'slack-posted')?.detail?.split('/')[1];
      expect(cardTs).toBeTruthy();
      await resident.send('Mijn huisbaas dreigt met ontruiming');
      const inThread = () => slackApi.callsOf('chat.postMessage').filter((call) => call.body.thread_ts === cardTs && String(call.body.text).includes('ontruiming'));
      await waitFor(() => inThread().length > 0, 'the message in the thread');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(inThread()).toHaveLength(1);
    }, 30_000);

    it('posts the one card of a case opened on B whose event never reached A (a lost NOTIFY), at the next catch-up', async () => {
      expect([a!.slack.isPostingCards(), b!.slack.isPostingCards()]).toEqual([true, false]);
      const events = b!.runtime.events;
      const publish = events.publish.bind(events);
      // B's bus sends nothing while the case opens: A hears neither the case-opened nor the messages.
      events.publish = async () => {};
      try {
        const { cards } = await caseOpenedOn(b!);
        expect(cards).toHaveLength(1);
        expect(cards[0]!.token).toBe(a!.token);
      } finally {
        events.publish = publish;
      }
    }, 30_000);

    it('after the leading instance closes, the other posts the one card of a case opened then', async () => {
      await stopSlackInstance(a);
      a = undefined;
      // B tries again every few seconds; PostgreSQL freed A's lock when A's connection closed.
      await waitFor(() => b!.slack.isPostingCards(), 'B to post cards', 10_000);
      const { cards } = await caseOpenedOn(b!);
      expect(cards).toHaveLength(1);
      expect(cards[0]!.token).toBe(b!.token);
    }, 30_000);
  });
}
