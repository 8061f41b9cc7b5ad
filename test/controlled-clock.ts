/**
 * A clock the test moves by hand: while installed, `setTimeout` and `clearTimeout` schedule on it
 * instead of on the browser's, so a test can say exactly how long something waited without
 * waiting at all, and see which timers are still running. Promises still settle for real: `tick`
 * lets them settle before each timer it fires. Work the browser does on its own (reading a real
 * Response's body) may take longer than that: answer with `respondAtOnce` while the clock runs.
 */
export interface ControlledClock {
  /** Ms since the clock was installed, as far as the code under test can tell. */
  readonly now: number;
  /** Every delay asked of `setTimeout` so far, in order. */
  readonly requested: readonly number[];
  /** How long each timer still waiting has left, soonest first. */
  readonly pending: number[];
  /** Moves time on by `ms`, firing each timer that falls due, in order. */
  tick(ms: number): Promise<void>;
  /** Puts the browser's timers back. */
  restore(): void;
}

export function installControlledClock(): ControlledClock {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const timers = new Map<number, { at: number; order: number; fire: () => void }>();
  const requested: number[] = [];
  let now = 0;
  let lastId = 0;

  // Lets promises, and the browser's own tasks (reading a Response's body), settle: a few turns of
  // the event loop, each a message task (never clamped or slowed the way nested timers are).
  const channel = new MessageChannel();
  const turn = () =>
    new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  const settle = async () => {
    for (let i = 0; i < 10; i++) await turn();
  };

  globalThis.setTimeout = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = ++lastId;
    requested.push(ms);
    const fire = typeof handler === 'function' ? () => handler(...args) : () => {};
    timers.set(id, { at: now + Math.max(0, ms), order: id, fire });
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id?: number) => void timers.delete(id as number)) as typeof clearTimeout;

  const nextDue = (until: number) =>
    [...timers.entries()]
      .filter(([, timer]) => timer.at <= until)
      .sort(([, a], [, b]) => a.at - b.at || a.order - b.order)[0];

  return {
    get now() {
      return now;
    },
    requested,
    get pending() {
      return [...timers.values()].map((timer) => timer.at - now).sort((a, b) => a - b);
    },
    async tick(ms) {
      const until = now + ms;
      await settle();
      for (let due = nextDue(until); due; due = nextDue(until)) {
        const [id, timer] = due;
        timers.delete(id);
        now = timer.at;
        timer.fire();
        await settle();
      }
      now = until;
    },
    restore() {
      channel.port1.close();
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    },
  };
}
