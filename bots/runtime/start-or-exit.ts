import { ConfigurationError } from '../../core/errors.js';
import { loadConfiguration, type Configuration } from './configuration.js';
import { createRuntime, type Runtime, type RuntimeOverrides } from './create-runtime.js';
import { describeStartFailure, maskUrlPasswords, startFailureExitCodes, type StartFailure } from './describe-start-failure.js';

function exitWith(failure: StartFailure, stack?: string): never {
  process.stderr.write(`${failure.line}\n`);
  if (stack) process.stderr.write(`${maskUrlPasswords(stack)}\n`);
  process.exit(failure.exitCode);
}

/** Loads the configuration; a wrong value stops the program with one clear line naming the variable. */
export function loadConfigurationOrExit(): Configuration {
  try {
    return loadConfiguration();
  } catch (error) {
    if (error instanceof ConfigurationError) exitWith(describeStartFailure(error));
    throw error;
  }
}

/**
 * Creates the runtime; a database or Redis that cannot be reached or opened stops the program
 * with one line on stderr naming the variable (exit 69), a wrong value with exit 78, anything
 * else with its class (exit 70; LOG_LEVEL=debug or trace adds the stack trace).
 */
export async function createRuntimeOrExit(configuration: Configuration, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  try {
    return await createRuntime(configuration, overrides);
  } catch (error) {
    const debugging = ['debug', 'trace'].includes(configuration.LOG_LEVEL);
    exitWith(describeStartFailure(error), debugging && error instanceof Error ? error.stack : undefined);
  }
}

/** Listens on HOST:PORT; a port in use or not allowed stops the program with one line naming PORT/HOST (exit 69). */
export async function listenOrExit(server: { listen(options: { port: number; host: string }): Promise<unknown> }, configuration: Configuration): Promise<void> {
  try {
    await server.listen({ port: configuration.PORT, host: configuration.HOST });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === 'EADDRINUSE' ? 'another program already listens there' : code === 'EACCES' ? 'this user may not listen there' : code === 'EADDRNOTAVAIL' ? 'this machine has no such address' : (error as Error).message;
    exitWith({ line: `Inloop cannot start: PORT/HOST: cannot listen on ${configuration.HOST}:${configuration.PORT} (${reason}${typeof code === 'string' ? `, ${code}` : ''})`, exitCode: startFailureExitCodes.unavailable });
  }
}
