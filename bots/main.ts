import { createRuntimeOrExit, listenOrExit, loadConfigurationOrExit } from './runtime/start-or-exit.js';
import { startRetentionWhileLeading } from './runtime/retention-job.js';
import { startFollowUpWhileLeading } from './runtime/follow-up-job.js';
import { createWebServer } from './web/create-web-server.js';
import { startTelegramChannel } from './telegram/start-telegram-channel.js';
import { createSlackDesk, slackSettings } from './slack/create-slack-desk.js';
import { createWhatsAppChannel } from './whatsapp/create-whatsapp-channel.js';
import { whatsAppSettings } from './whatsapp/whatsapp-settings.js';
import { whatsAppWebhookPath } from './whatsapp/whatsapp-webhook-routes.js';
import { startMetricsServer } from './web/metrics-routes.js';

/** `npm start`: the whole product on its embedded defaults, plus the channels whose variables are set. */
const configuration = loadConfigurationOrExit();
const runtime = await createRuntimeOrExit(configuration);
// The purge runs on one instance only: the leader of the `retention` role (runtime.close() ends the election).
const retention = await startRetentionWhileLeading(await runtime.elect('retention'), {
  store: runtime.store, events: runtime.events, clock: runtime.clock, logger: runtime.logger,
  periods: { retentionDays: configuration.RETENTION_DAYS, graceDays: configuration.RETENTION_GRACE_DAYS },
});
const stoppers: Array<() => Promise<void> | void> = [() => retention.stop()];
// Snoozes that end and scheduled check-ins: on the leader of the `follow-up` role only.
const followUp = await startFollowUpWhileLeading(await runtime.elect('follow-up'), { followUp: runtime.desk.followUp, events: runtime.events, logger: runtime.logger });
stoppers.push(() => followUp.stop());

// Slack's events come in on the web server's port (POST /slack/events), so its route is registered before listen.
const slackSetup = slackSettings(configuration);
if (slackSetup.missing.length) process.stderr.write(`Slack desk not started: set ${slackSetup.missing.join(', ')} as well (docs/operators/slack.md).\n`);
let publicBaseUrl = configuration.PUBLIC_URL ?? '';
const slack = slackSetup.settings ? createSlackDesk(runtime, slackSetup.settings, { publicBaseUrl: () => publicBaseUrl }) : null;

// WhatsApp's webhook is on the web server's port too (GET and POST /whatsapp/webhook).
const whatsAppSetup = whatsAppSettings(configuration);
if (whatsAppSetup.missing.length) process.stderr.write(`WhatsApp channel not started: set ${whatsAppSetup.missing.join(', ')} as well (docs/operators/whatsapp.md).\n`);
const whatsApp = whatsAppSetup.settings ? createWhatsAppChannel(runtime, whatsAppSetup.settings) : null;

const web = await createWebServer(runtime, { secureCookie: configuration.COOKIE_SECURE, routes: [...(slack?.routes ?? []), ...(whatsApp?.routes ?? [])] });
await listenOrExit(web, configuration);
stoppers.push(() => web.close());
const address = web.server.address();
const listening = typeof address === 'object' && address ? address.port : configuration.PORT;
const baseUrl = configuration.PUBLIC_URL ?? `http://${configuration.HOST.includes(':') ? `[${configuration.HOST}]` : configuration.HOST}:${listening}`;
publicBaseUrl = baseUrl;
const channelLines: string[] = [];
if (configuration.METRICS_PORT !== undefined) {
  const metricsServer = await startMetricsServer(runtime, configuration.METRICS_PORT).catch((error: Error) => {
    process.stderr.write(`Metrics did not start on METRICS_PORT ${configuration.METRICS_PORT}: ${error.message}\n`);
    process.exit(1);
  });
  stoppers.push(() => metricsServer.close());
}
const metricsWhere = configuration.METRICS_PORT !== undefined ? `port ${configuration.METRICS_PORT}, /metrics` : `${baseUrl}/metrics`;
const metricsGuard = configuration.METRICS_TOKEN ? 'bearer token' : configuration.METRICS_PORT !== undefined ? 'open on that port' : 'this machine only';

if (configuration.TELEGRAM_BOT_TOKEN) {
  // Awaited: a token Telegram refuses stops the start with one clear line, like a configuration error.
  const telegram = await startTelegramChannel(runtime).catch((error: Error) => {
    process.stderr.write(`Telegram channel did not start: ${error.message}\n`);
    process.exit(1);
  });
  stoppers.push(telegram.stop);
  const polling = telegram.isPollingHere() ? 'long polling' : 'long polling on another instance; this one takes over if it stops';
  const mode = telegram.mode === 'webhook' ? `webhook, listening on port ${telegram.webhookPort}` : polling;
  channelLines.push(`  Telegram:      @${telegram.bot.botInfo.username} (${mode})`);
}

if (whatsApp) {
  // Awaited like Telegram: a token or number the Graph API refuses stops the start with one clear line.
  const number = await whatsApp.start().catch((error: Error) => {
    process.stderr.write(`WhatsApp channel did not start: ${error.message}\n`);
    process.exit(1);
  });
  stoppers.push(whatsApp.stop);
  channelLines.push(`  WhatsApp:      ${number.displayPhoneNumber ?? configuration.WHATSAPP_PHONE_NUMBER_ID} (webhook at ${baseUrl}${whatsAppWebhookPath})`);
}

if (slack && slackSetup.settings) {
  // Awaited like Telegram: a token Slack refuses (auth.test) stops the start with one clear line.
  await slack.start().catch((error: Error) => {
    process.stderr.write(`Slack desk did not start: ${error.message}\n`);
    process.exit(1);
  });
  stoppers.push(slack.stop);
  const where = slack.mode === 'socket' ? 'Socket Mode' : `events at ${baseUrl}/slack/events`;
  const cards = slack.isPostingCards() ? 'posting cards on this instance' : 'another instance posts cards';
  channelLines.push(`  Slack desk:    channel ${slackSetup.settings.channel} (${where}) (${cards})`);
}

process.stdout.write(
  [
    'Inloop is running.',
    `  Database:      ${configuration.DATABASE_URL.startsWith('file:') ? configuration.DATABASE_URL : 'PostgreSQL'}`,
    `  Demo site:     ${baseUrl}/  (the chat widget, bottom right)`,
    `  Worker inbox:  ${baseUrl}/inbox  (add a worker: npm run workers -- add <username> --name "..." --team ...)`,
    `  API:           ${baseUrl}/api/openapi.json`,
    '  Terminal chat: npm run chat',
    `  Metrics:       ${metricsWhere} (${metricsGuard})`,
    ...channelLines,
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  runtime.logger.info({ signal }, 'shutting down');
  for (const stop of stoppers.reverse()) await stop();
  await runtime.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
