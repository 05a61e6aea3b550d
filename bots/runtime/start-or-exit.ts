import { ConfigurationError } from '../../core/errors.js';
import { loadConfiguration, type Configuration } from './configuration.js';

/** Loads the configuration; a wrong value stops the program with one clear line naming the variable. */
export function loadConfigurationOrExit(): Configuration {
  try {
    return loadConfiguration();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
