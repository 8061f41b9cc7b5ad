import { aTimeout, expect } from '@open-wc/testing';
import { watchLongestTask } from './longest-task.js';

describe('the main-thread watch of the load test', () => {
  it('sees a task that keeps the main thread busy, so that a short figure means short tasks', async () => {
    const watch = watchLongestTask();
    await aTimeout(20);
    const busyUntil = performance.now() + 300;
    while (performance.now() < busyUntil) {
      // a task that never yields
    }
    await aTimeout(20);
    expect(watch.stop()).to.be.at.least(300);
  });
});
