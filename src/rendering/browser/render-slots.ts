import { DomainError } from '../../common/errors/domain-error';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * At most `size` renders at once and at most `queueLimit` waiting; past that, or after waiting
 * `waitTimeoutMs`, callers get RENDERER_BUSY (503) at once instead of piling up (RENDERING.md #2).
 */
export class RenderSlots {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly queueLimit: number,
    private readonly waitTimeoutMs: number,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await job();
    } finally {
      this.leave();
    }
  }

  stats(): { active: number; queued: number; size: number; queueLimit: number } {
    return {
      active: this.active,
      queued: this.waiting.length,
      size: this.size,
      queueLimit: this.queueLimit,
    };
  }

  /** Refuses new work and turns away everyone still waiting. */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new DomainError('RENDERER_BUSY', { reason: 'shutting down' }));
    }
  }

  private enter(): Promise<void> {
    if (this.closed) {
      return Promise.reject(new DomainError('RENDERER_BUSY', { reason: 'shutting down' }));
    }
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueLimit) {
      return Promise.reject(
        new DomainError('RENDERER_BUSY', { reason: 'queue full', queued: this.waiting.length }),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new DomainError('RENDERER_BUSY', { reason: 'waited too long' }));
        }, this.waitTimeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the slot straight to the next waiter, so `active` never exceeds `size`. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve();
    } else {
      this.active--;
    }
  }
}
