import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * node:util's parseArgs on this process's arguments. A flag the command does not know, or one
 * without its value, ends the command with the reason and the usage (exit code 2), not a stack trace.
 */
export function commandLineArguments<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    process.exit(2);
  }
}
