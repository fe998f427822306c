import { Sema } from 'async-sema';
import { LimitError } from '../../schema/limit-error.js';

/**
 * The budget for expensive requests: at most `concurrency` run at once and at most `queue` wait,
 * so a burst of them can never take every database connection from the cheap ones. A request
 * that finds the queue full, or waits past its deadline, is refused with SERVER_BUSY (HTTP 503).
 */
export class RequestGate {
  private readonly sema: Sema;
  private active = 0;

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
  ) {
    this.sema = new Sema(concurrency);
  }

  /** Takes a slot within `waitMs`; call the returned function once the request is done. */
  async enter(waitMs: number): Promise<() => void> {
    if (this.sema.nrWaiting() >= this.queue) throw busy(this.queue, this.sema.nrWaiting());
    const acquired = this.sema.acquire();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, waitMs));
    });
    const entered = await Promise.race([acquired.then(() => true), timedOut]);
    clearTimeout(timer);
    if (!entered) {
      // The slot still arrives later; hand it straight back.
      void acquired.then(() => this.sema.release());
      throw busy(this.queue, this.sema.nrWaiting());
    }
    this.active++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active--;
      this.sema.release();
    };
  }

  /** Requests running and waiting now (for /metrics). */
  load(): { active: number; waiting: number; concurrency: number } {
    return { active: this.active, waiting: this.sema.nrWaiting(), concurrency: this.concurrency };
  }
}

function busy(queue: number, waiting: number): LimitError {
  return new LimitError(
    'SERVER_BUSY',
    'The server is busy with other expensive requests; retry in a moment, or ask for less (smaller pages, fewer nested lists).',
    queue,
    waiting,
    { status: 503, headers: new Map([['retry-after', '1']]) },
  );
}
