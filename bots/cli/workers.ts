import { createInterface } from 'node:readline';
import { createRuntimeOrExit, loadConfigurationOrExit } from '../runtime/start-or-exit.js';
import { createLogger } from '../runtime/create-logger.js';
import { hashPassword } from '../runtime/password-hashing.js';
import { newTotpSecret } from '../runtime/totp-codes.js';
import { showTotpSecret } from './show-totp-secret.js';
import { isRoleId, roleIds } from '../../core/roles/role-ids.js';
import { commandLineArguments } from './command-line-arguments.js';

const usage = `Usage:
  npm run workers -- add <username> [--name "Display Name"] [--team TEAM]   (password from WORKER_PASSWORD or asked)
  npm run workers -- password <username>                                    (new password, same way)
  npm run workers -- link-slack <username> <SLACK_USER_ID>
  npm run workers -- permission <username> worker|coordinator             (what the account may do in the desk)
  npm run workers -- totp <username>                                        (new authenticator secret, shown as a QR code)
  npm run workers -- totp-off <username>                                    (log in without a code again)
  npm run workers -- roles <username> ROLE[,ROLE…] [--capacity N]        (specialist roles, docs/workers/desk.md; capacity for automatic assignment)
  npm run workers -- list`;

const { values: options, positionals } = commandLineArguments(
  { allowPositionals: true, options: { name: { type: 'string' }, team: { type: 'string' }, capacity: { type: 'string' } } },
  usage,
);
const [command, username, ...rest] = positionals;

async function readPassword(): Promise<string> {
  if (process.env.WORKER_PASSWORD) return process.env.WORKER_PASSWORD;
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Password (at least 10 characters): ');
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

if (!command || !['add', 'password', 'link-slack', 'list', 'totp', 'totp-off', 'permission', 'roles'].includes(command)) fail(usage);
const runtime = await createRuntimeOrExit(loadConfigurationOrExit(), { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });
try {
  if (command === 'list') {
    for (const worker of await runtime.store.listWorkers()) {
      process.stdout.write(`${worker.username}\t${worker.displayName}\t${worker.team ?? '-'}\t${worker.slackUserId ?? '-'}\t${worker.permission}\t${worker.roles.join(',') || '-'}${worker.away ? '\tafwezig' : ''}\n`);
    }
  } else {
    if (!username) fail(usage);
    const existing = await runtime.store.findWorkerByUsername(username);
    if (command === 'add') {
      if (existing) fail(`Worker ${username} already exists.`);
      const password = await readPassword();
      if (password.length < 10) fail('The password needs at least 10 characters.');
      await runtime.store.createWorker({
        username, displayName: options.name ?? username, team: options.team ?? null, passwordHash: await hashPassword(password),
      });
      process.stdout.write(`Worker ${username} added.\n`);
    } else if (!existing) {
      fail(`No worker ${username}.`);
    } else if (command === 'password') {
      const password = await readPassword();
      if (password.length < 10) fail('The password needs at least 10 characters.');
      await runtime.store.updateWorker(existing.id, { passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: null });
      process.stdout.write(`Password of ${username} changed.\n`);
    } else if (command === 'permission') {
      const permission = rest[0];
      if (permission !== 'worker' && permission !== 'coordinator') fail(usage);
      await runtime.store.updateWorker(existing.id, { permission });
      process.stdout.write(`${username} is now a ${permission}.\n`);
    } else if (command === 'roles') {
      const roles = (rest[0] ?? '').split(',').map((role) => role.trim()).filter(Boolean);
      if (roles.length === 0 || !roles.every(isRoleId)) fail(`Roles: ${roleIds.join(', ')}`);
      const capacity = options.capacity;
      if (capacity !== undefined && !/^[1-9]\d*$/.test(capacity)) fail('The capacity is a number of open cases, 1 or more.');
      await runtime.store.updateWorker(existing.id, { roles: roles.filter(isRoleId), ...(capacity ? { capacity: Number(capacity) } : {}) });
      process.stdout.write(`${username} now works as ${roles.join(', ')}.\n`);
    } else if (command === 'totp') {
      showTotpSecret(await runtime.store.updateWorker(existing.id, { totpSecret: newTotpSecret() }), process.stdout);
    } else if (command === 'totp-off') {
      await runtime.store.updateWorker(existing.id, { totpSecret: null });
      process.stdout.write(`${username} logs in without an authenticator code again.\n`);
    } else {
      const slackUserId = rest[0];
      if (!slackUserId) fail(usage);
      await runtime.store.updateWorker(existing.id, { slackUserId });
      process.stdout.write(`Worker ${username} linked to Slack user ${slackUserId}.\n`);
    }
  }
} finally {
  await runtime.close();
}
