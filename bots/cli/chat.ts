import { createInterface } from 'node:readline';
import type { Reply } from '../../core/ports/message.js';
import { createRuntimeOrExit, loadConfigurationOrExit } from '../runtime/start-or-exit.js';
import { createLogger } from '../runtime/create-logger.js';
import { commandLineArguments } from './command-line-arguments.js';

/**
 * A terminal channel: talk as a resident. Interactive in a terminal; line by line from a pipe,
 * exiting at the end of input. `--json` prints each reply as one JSON line. `--session NAME`
 * picks the conversation (the same name resumes it).
 */
const { values } = commandLineArguments(
  { options: { json: { type: 'boolean', default: false }, session: { type: 'string' } } },
  'Usage: npm run chat -- [--json] [--session NAME]',
);
const json = values.json;
const session = values.session ?? process.env.CHAT_SESSION ?? 'terminal';
const interactive = process.stdin.isTTY === true && !json;

const configuration = loadConfigurationOrExit();
// Quiet logs by default: the terminal is the conversation.
const runtime = await createRuntimeOrExit(configuration, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });

function show(reply: Reply) {
  if (json) {
    process.stdout.write(`${JSON.stringify({ text: reply.text, quickReplies: reply.quickReplies ?? [] })}\n`);
    return;
  }
  process.stdout.write(`\ninloop> ${reply.text.replace(/\n/g, '\n        ')}\n`);
  reply.quickReplies?.forEach((quickReply, index) => process.stdout.write(`        [${index + 1}] ${quickReply.label}\n`));
}

const lines = createInterface({ input: process.stdin, terminal: interactive });
if (interactive) {
  process.stdout.write("Inloop in de terminal. Typ je bericht. Ctrl+D om te stoppen. Tip: typ het nummer van een knop.\n\njij> ");
}
for await (const line of lines) {
  const replies = await runtime.assistant.handle({ ref: { channel: 'cli', chatId: session }, text: line, kind: 'text' });
  replies.forEach(show);
  if (interactive) process.stdout.write('\njij> ');
}
await runtime.close();
