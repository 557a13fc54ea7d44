/**
 * Spreads drawing work over animation frames: each frame runs queued jobs until its time budget is spent,
 * so drawing a screenful of tiles never holds one frame for long (a pan or zoom stays smooth while new
 * tiles fill in, as raster tiles arriving from a server would).
 */

export interface FrameJob {
  run: () => void;
  /** Set when the job's result is no longer wanted (its tile was removed); it is then skipped. */
  cancelled?: boolean;
}

export interface FrameSchedulerOptions {
  /** Milliseconds of work per frame; at least one job runs per frame, however long it takes. */
  budgetMs?: number;
  now?: () => number;
  requestFrame?: (callback: () => void) => void;
}

export class FrameScheduler {
  private readonly queue: FrameJob[] = [];
  private head = 0;
  private scheduled = false;
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly requestFrame: (callback: () => void) => void;

  /**
   * @example const scheduler = new FrameScheduler({ budgetMs: 8 }); scheduler.add({ run: () => drawTile() });
   */
  constructor(options: FrameSchedulerOptions = {}) {
    this.budgetMs = options.budgetMs ?? 8;
    this.now = options.now ?? (() => performance.now());
    this.requestFrame = options.requestFrame ?? ((callback) => requestAnimationFrame(callback));
  }

  /** Queue a job for the next frames (first in, first out). */
  add(job: FrameJob): void {
    this.queue.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      this.requestFrame(this.runFrame);
    }
  }

  /** Jobs waiting (cancelled ones included until they are reached). */
  get pending(): number {
    return this.queue.length - this.head;
  }

  private readonly runFrame = (): void => {
    const started = this.now();
    let ran = 0;
    while (this.head < this.queue.length) {
      if (ran > 0 && this.now() - started >= this.budgetMs) break;
      const job = this.queue[this.head++]!;
      if (job.cancelled) continue;
      ran++;
      try {
        job.run();
      } catch (error) {
        // One failing job must not stall the rest of the queue.
        reportError(error);
      }
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
      this.scheduled = false;
    } else {
      if (this.head > 1024) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.requestFrame(this.runFrame);
    }
  };
}

function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

/** The app's one scheduler: the basemap and the point cloud share each frame's budget. */
export const tileScheduler = new FrameScheduler();
