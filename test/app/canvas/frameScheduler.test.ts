import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FrameJob, FrameScheduler } from '../../../src/app/canvas/frameScheduler';

/** A scheduler on a fake clock whose frames run only when the test says so. */
function setup(budgetMs = 8) {
  const clock = { t: 0 };
  const frames: (() => void)[] = [];
  const scheduler = new FrameScheduler({ budgetMs, now: () => clock.t, requestFrame: (callback) => frames.push(callback) });
  const log: string[] = [];
  /** A job that logs its name and takes `ms` of fake time. */
  const job = (name: string, ms = 1): FrameJob => ({
    run: () => {
      log.push(name);
      clock.t += ms;
    },
  });
  const runFrame = () => {
    const frame = frames.shift();
    if (!frame) throw new Error('no frame requested');
    frame();
  };
  return { clock, frames, scheduler, log, job, runFrame };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('FrameScheduler', () => {
  it('runs nothing until the frame, then jobs first in, first out', () => {
    const { frames, scheduler, log, job, runFrame } = setup();
    scheduler.add(job('a'));
    scheduler.add(job('b'));
    scheduler.add(job('c'));
    expect(log).toEqual([]);
    expect(frames).toHaveLength(1);
    expect(scheduler.pending).toBe(3);
    runFrame();
    expect(log).toEqual(['a', 'b', 'c']);
    expect(scheduler.pending).toBe(0);
  });

  it('requests a new frame only while jobs remain', () => {
    const { frames, scheduler, job, runFrame } = setup();
    scheduler.add(job('a'));
    runFrame();
    expect(frames).toHaveLength(0);
    scheduler.add(job('b'));
    expect(frames).toHaveLength(1);
    scheduler.add(job('c'));
    expect(frames).toHaveLength(1);
  });

  it('stops a frame once its budget is spent and continues in the next', () => {
    const { frames, scheduler, log, job, runFrame } = setup(8);
    for (const name of ['a', 'b', 'c', 'd', 'e']) scheduler.add(job(name, 3));
    runFrame();
    // 3, 6 ms spent: still under budget; 9 ms: over, so d waits.
    expect(log).toEqual(['a', 'b', 'c']);
    expect(scheduler.pending).toBe(2);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(frames).toHaveLength(0);
  });

  it('stops exactly when the budget is reached', () => {
    const { scheduler, log, job, runFrame } = setup(8);
    for (const name of ['a', 'b', 'c']) scheduler.add(job(name, 4));
    runFrame();
    expect(log).toEqual(['a', 'b']);
  });

  it('measures the budget from the start of each frame', () => {
    const { clock, scheduler, log, job, runFrame } = setup(8);
    for (const name of ['a', 'b', 'c', 'd']) scheduler.add(job(name, 5));
    runFrame();
    expect(log).toEqual(['a', 'b']);
    clock.t += 1000; // time passes between frames
    runFrame();
    expect(log).toEqual(['a', 'b', 'c', 'd']);
  });

  it('runs at least one job per frame however long it takes', () => {
    const { frames, scheduler, log, job, runFrame } = setup(8);
    scheduler.add(job('slow', 50));
    scheduler.add(job('slower', 80));
    scheduler.add(job('quick', 1));
    runFrame();
    expect(log).toEqual(['slow']);
    runFrame();
    expect(log).toEqual(['slow', 'slower']);
    runFrame();
    expect(log).toEqual(['slow', 'slower', 'quick']);
    expect(frames).toHaveLength(0);
  });

  it('skips cancelled jobs without counting them against the frame', () => {
    const { scheduler, log, job, runFrame } = setup(0); // a zero budget: one job per frame
    const cancelled = [job('x'), job('y')];
    for (const j of cancelled) {
      j.cancelled = true;
      scheduler.add(j);
    }
    scheduler.add(job('a'));
    const late = job('z');
    scheduler.add(late);
    scheduler.add(job('b'));
    late.cancelled = true; // cancelled after it was queued
    expect(scheduler.pending).toBe(5);
    runFrame();
    expect(log).toEqual(['a']);
    runFrame();
    expect(log).toEqual(['a', 'b']);
    expect(scheduler.pending).toBe(0);
  });

  it('drains cancelled jobs within budget without asking for another frame', () => {
    const { frames, scheduler, log, job, runFrame } = setup(8);
    const a = job('a');
    const b = job('b');
    scheduler.add(a);
    scheduler.add(b);
    b.cancelled = true;
    runFrame();
    expect(log).toEqual(['a']);
    expect(frames).toHaveLength(0);
    expect(scheduler.pending).toBe(0);
  });

  it('counts cancelled jobs as pending until reached: a spent frame leaves them to a next, empty one', () => {
    const { frames, scheduler, log, job, runFrame } = setup(8);
    scheduler.add(job('a', 10));
    const b = job('b');
    scheduler.add(b);
    b.cancelled = true;
    runFrame();
    expect(log).toEqual(['a']);
    expect(scheduler.pending).toBe(1);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['a']);
    expect(scheduler.pending).toBe(0);
    expect(frames).toHaveLength(0);
  });

  it('reports a throwing job and goes on with the next', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const { scheduler, log, job, runFrame } = setup();
    const failure = new Error('tile failed');
    scheduler.add(job('a'));
    scheduler.add({
      run: () => {
        throw failure;
      },
    });
    scheduler.add(job('b'));
    runFrame();
    expect(log).toEqual(['a', 'b']);
    expect(reportError).toHaveBeenCalledTimes(1);
    expect(reportError).toHaveBeenCalledWith(failure);
    expect(scheduler.pending).toBe(0);
  });

  it('falls back to console.error where there is no reportError', () => {
    vi.stubGlobal('reportError', undefined);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { scheduler, log, job, runFrame } = setup();
    const failure = new Error('tile failed');
    scheduler.add({
      run: () => {
        throw failure;
      },
    });
    scheduler.add(job('b'));
    runFrame();
    expect(log).toEqual(['b']);
    expect(consoleError).toHaveBeenCalledWith(failure);
  });

  it('runs jobs added by a running job, in the same frame when the budget allows', () => {
    const { frames, scheduler, log, job, runFrame } = setup(8);
    scheduler.add({
      run: () => {
        log.push('parent');
        scheduler.add(job('child'));
      },
    });
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['parent', 'child']);
    expect(frames).toHaveLength(0);
  });

  it('keeps first in, first out across a long queue compacted between frames', () => {
    const { scheduler, log, job, runFrame } = setup(1100);
    for (let i = 0; i < 2000; i++) scheduler.add(job(String(i), 1));
    runFrame();
    expect(log).toHaveLength(1100);
    expect(scheduler.pending).toBe(900);
    scheduler.add(job('last', 1));
    expect(scheduler.pending).toBe(901);
    runFrame();
    expect(log).toEqual([...Array.from({ length: 2000 }, (_, i) => String(i)), 'last']);
    expect(scheduler.pending).toBe(0);
  });
});
