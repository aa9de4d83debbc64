/**
 * A pass that runs at start and then every interval, one at a time: a pass never overlaps the previous one
 * (a tick while a pass runs queues behind it), the timer never keeps the process alive, and stop() waits for
 * the pass in progress. runOnce() runs a pass now, in the same queue (tests, or a caller that cannot wait).
 */
export class PeriodicTask<T> {
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pass: () => Promise<T>,
    private readonly intervalMs: number,
    /** A failed tick: logged by the owner; the next tick tries again. */
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  runOnce(): Promise<T> {
    const pass = this.running.then(() => this.pass());
    this.running = pass.catch(() => undefined);
    return pass;
  }

  private tick(): void {
    this.runOnce().catch(this.onError);
  }
}
