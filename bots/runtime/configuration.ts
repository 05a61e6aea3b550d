import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigurationError } from '../../core/errors.js';
import { officeHoursSchema } from '../../core/office-hours/office-hours.js';
import { socialMapSchema } from '../../core/social-map/social-map.js';
import { assignmentConfigurationSchema, roleConfigurationSchema } from './role-configuration-schema.js';
import { dutchCrisisNumbers } from '../../core/texts/assistant-texts.js';
import { languageModelEnvironmentSchema } from '../language-model/language-model-configuration.js';

const optionalText = z.string().trim().min(1).optional();
const integer = (fallback: number, minimum: number) => z.coerce.number().int().min(minimum).default(fallback);

/** Every environment variable Inloop reads; docs/operators/configuration.md lists each of them (tests/runtime/configuration-table.test.ts). */
export const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/inloop.db')
    .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), 'must start with file: or postgresql://'),
  PORT: integer(3000, 0),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  /** Set the Secure flag on the inbox session cookie; turn on whenever the inbox is served over HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Workers see only their own teams' cases, their own and unassigned crisis cases (docs/operators/security.md); `1` or `true` turns it on. */
  TEAM_SCOPED_INBOX: z.enum(['1', '0', 'true', 'false']).default('0').transform((value) => value === '1' || value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RETENTION_DAYS: integer(90, 1),
  /** Days a waiting or claimed case stays after the coordinators were told it is quiet past RETENTION_DAYS, then it is purged. */
  RETENTION_GRACE_DAYS: integer(14, 1),
  INTAKE_MAXIMUM_QUESTIONS: integer(3, 1),
  MAXIMUM_MESSAGE_LENGTH: integer(4000, 100),
  ORGANISATION_FILE: z.string().default('config/organisation.json'),
  SOCIAL_MAP_FILE: z.string().default('config/social-map.json'),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_API_ROOT: z.string().url().optional(),
  /** Where the Telegram channel's own webhook server listens (on HOST) when TELEGRAM_WEBHOOK_URL is set. */
  TELEGRAM_WEBHOOK_PORT: integer(3001, 0),
  /** Slack as a worker desk (docs/operators/slack.md): starts when the bot token, the channel and a signing secret (or an app token) are set. */
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_CHANNEL_ID: optionalText,
  /** Socket Mode instead of HTTP events at /slack/events (an xapp- token). */
  SLACK_APP_TOKEN: optionalText,
  /** Where the Slack Web API lives; tests point it at a local fake. Must end with a slash. */
  SLACK_API_URL: z.string().url().optional(),
  /** WhatsApp through Meta's Cloud API (docs/operators/whatsapp.md): starts when the token, the phone number id, the app secret and the verify token are set. */
  WHATSAPP_ACCESS_TOKEN: optionalText,
  WHATSAPP_PHONE_NUMBER_ID: optionalText,
  /** Checks X-Hub-Signature-256 on every webhook POST to /whatsapp/webhook. */
  WHATSAPP_APP_SECRET: optionalText,
  /** The token typed into the Meta app's webhook setup; the verification GET must carry it. */
  WHATSAPP_VERIFY_TOKEN: optionalText,
  /** The Graph API base with its version; tests point it at a local fake. Meta's, at a pinned version, when absent. */
  WHATSAPP_API_URL: z.string().url().optional(),
  /** A pre-approved template (one body variable) for a worker's message after the 24-hour window; without it such messages are refused. */
  WHATSAPP_TEMPLATE_REPLY: optionalText,
  WHATSAPP_TEMPLATE_LANGUAGE: z.string().trim().min(2).default('nl'),
  /** `true` (or `1`): accounts with permission `coordinator` log in only with a TOTP code (`npm run workers -- totp <username>`). */
  REQUIRE_COORDINATOR_TOTP: z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1'),
  /** How long a worker's inbox session lasts; "Blijf ingelogd" renews it for as long again (docs/operators/accessibility.md, WCAG 2.2.1). */
  WORKER_SESSION_MINUTES: integer(720, 1),
  /** How long before the session ends the inbox warns and offers "Blijf ingelogd". */
  WORKER_SESSION_WARNING_SECONDS: integer(300, 0),
  /** Several instances (docs/operators/postgresql-and-instances.md): honour X-Forwarded-For from a load balancer, so per-address limits see the resident. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** `auto`: Redis pub/sub when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY when DATABASE_URL is PostgreSQL; `in-process` for one instance. */
  EVENT_BUS: z.enum(['auto', 'in-process']).default('auto'),
  /** Several instances: carry their events over Redis pub/sub instead of PostgreSQL (docs/operators/postgresql-and-instances.md "Several instances"). */
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\/[^/?#]/.test(value) && URL.canParse(value), 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Resident messages per conversation per minute (socket and HTTP together), shared by the instances (docs/operators/security.md). */
  RATE_LIMIT_PER_CONVERSATION_PER_MINUTE: integer(120, 1),
  /** Resident messages per client address per minute (socket and HTTP), shared by the instances. */
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: integer(300, 1),
  /** New chat sessions per client address per minute. */
  RATE_LIMIT_SESSIONS_PER_ADDRESS_PER_MINUTE: integer(20, 1),
  /** Worker sign-in attempts per client address per minute. */
  RATE_LIMIT_LOGINS_PER_ADDRESS_PER_MINUTE: integer(10, 1),
  /** Open resident sockets per client address on one instance; more are refused with an error frame. */
  MAXIMUM_SOCKETS_PER_ADDRESS: integer(20, 1),
  /** Open resident sockets on one instance. */
  MAXIMUM_SOCKETS: integer(5000, 1),
  /** A resident socket that has not said hello within this time is closed. */
  SOCKET_HELLO_TIMEOUT_MS: integer(10_000, 100),
  /** A request (headers and body) must arrive within this time, or the connection is closed with 408. */
  REQUEST_TIMEOUT_MS: integer(30_000, 100),
  /** Turns waiting behind the running one of the same conversation; beyond it the resident hears "busy, try again". */
  MAXIMUM_QUEUED_TURNS_PER_CONVERSATION: integer(5, 0),
  /** Turns in flight (running or queued) on this instance; beyond it "busy, try again" (HTTP 503). */
  MAXIMUM_TURNS_IN_FLIGHT: integer(2000, 1),
  /** GET /metrics asks for `Authorization: Bearer <this>`; without it and without METRICS_PORT, only requests from this machine are answered (docs/operators/metrics.md). */
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  /** Serve /metrics on this port (on HOST) instead of the main one, for a network only the scraper reaches. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, LLM_TIMEOUT_MS, … (docs/operators/language-model.md). */
  ...languageModelEnvironmentSchema.shape,
});
export type Environment = z.infer<typeof environmentSchema>;

export const organisationSchema = z.object({
  name: z.string().default('Sociaal Wijkteam'),
  officeHours: officeHoursSchema,
  crisisNumbers: z
    .object({
      emergency: z.string(),
      suicidePrevention: z.string(),
      suicidePreventionFree: z.string(),
      suicidePreventionChat: z.string(),
      domesticViolence: z.string(),
      domesticViolenceChat: z.string().default(dutchCrisisNumbers.domesticViolenceChat),
      childHelpline: z.string(),
      childHelplineChat: z.string().default(dutchCrisisNumbers.childHelplineChat),
    })
    .default(dutchCrisisNumbers),
  /** Which role gets a case, and automatic assignment within a role (docs/workers/desk.md); docs/residents/intake.md's defaults when absent. */
  roles: roleConfigurationSchema,
  assignment: assignmentConfigurationSchema,
  /** The optional "where" question of the intake (docs/coordinators.md); absent: not asked. */
  neighbourhoods: z
    .object({
      names: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
      /** Take the four digits of a postcode as an answer (never the letters, street or house number). */
      postcodes: z.boolean().default(true),
    })
    .optional(),
  /**
   * "Is je vraag opgelost?" this many days after closing, once per case (docs/coordinators.md); 0 turns it off.
   * `whatsappTemplate`: the approved template that asks it on WhatsApp after the 24-hour window (docs/operators/whatsapp.md); without it the question is not sent there.
   */
  satisfaction: z
    .object({
      afterDays: z.number().min(0).max(365).default(7),
      whatsappTemplate: z
        .object({ name: z.string().trim().regex(/^[a-z0-9_]{1,512}$/, 'lowercase letters, digits and _ (the template name in WhatsApp Manager)'), language: z.string().trim().min(2).max(15).default('nl') })
        .optional(),
    })
    .default({ afterDays: 7 }),
  /** Reports (docs/coordinators.md): hours a conversation is quiet at an intake question before it counts as stopped there. */
  reports: z.object({ intakeIdleHours: z.number().min(1).max(24 * 30).default(24) }).default({ intakeIdleHours: 24 }),
});

export type Configuration = Environment & {
  organisation: z.infer<typeof organisationSchema>;
  socialMap: z.infer<typeof socialMapSchema>;
};

function firstIssue(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  return `${prefix}${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

function readJsonFile<T>(path: string, schema: z.ZodType<T>, variable: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${variable}: cannot read ${path} as JSON (${(error as Error).message})`, { cause: error });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new ConfigurationError(firstIssue(result.error, `${variable} (${path}) `), { cause: result.error });
  return result.data;
}

/** Reads and validates the configuration once at start-up; throws a ConfigurationError naming the variable. */
export function loadConfiguration(environment: NodeJS.ProcessEnv = process.env): Configuration {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const result = environmentSchema.safeParse(present);
  if (!result.success) throw new ConfigurationError(firstIssue(result.error, ''), { cause: result.error });
  const values = result.data;
  return {
    ...values,
    organisation: readJsonFile(values.ORGANISATION_FILE, organisationSchema, 'ORGANISATION_FILE'),
    socialMap: readJsonFile(values.SOCIAL_MAP_FILE, socialMapSchema, 'SOCIAL_MAP_FILE'),
  };
}
