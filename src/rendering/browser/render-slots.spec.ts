import { DomainError } from '../../common/errors/domain-error';
import { RenderSlots } from './render-slots';

/** A job that finishes when the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('RenderSlots', () => {
  it('runs at most `size` jobs at once and hands slots to waiters in order', async () => {
    const slots = new RenderSlots(2, 10, 60_000);
    const gates = [gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) =>
      slots.run(async () => {
        order.push(i);
        await g.promise;
      }),
    );
    await Promise.resolve();
    expect(slots.stats()).toMatchObject({ active: 2, queued: 1 });
    expect(order).toEqual([0, 1]);
    gates[1].open();
    await runs[1];
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    expect(slots.stats()).toMatchObject({ active: 2, queued: 0 });
    gates[0].open();
    gates[2].open();
    await Promise.all(runs);
    expect(slots.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('refuses work beyond the queue with RENDERER_BUSY at once', async () => {
    const slots = new RenderSlots(1, 1, 60_000);
    const g = gate();
    const running = slots.run(() => g.promise);
    const waiting = slots.run(async () => 'second');
    await expect(slots.run(async () => 'third')).rejects.toMatchObject({
      code: 'RENDERER_BUSY',
      status: 503,
    });
    g.open();
    await running;
    await expect(waiting).resolves.toBe('second');
  });

  it('gives up on a waiter after the wait timeout', async () => {
    jest.useFakeTimers();
    try {
      const slots = new RenderSlots(1, 5, 1_000);
      const g = gate();
      const running = slots.run(() => g.promise);
      const waiting = slots.run(async () => 'late');
      jest.advanceTimersByTime(1_001);
      await expect(waiting).rejects.toBeInstanceOf(DomainError);
      expect(slots.stats().queued).toBe(0);
      g.open();
      await running;
      expect(slots.stats().active).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('turns waiters away on close and frees the slot of a failed job', async () => {
    const slots = new RenderSlots(1, 5, 60_000);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(slots.stats().active).toBe(0);
    const g = gate();
    const running = slots.run(() => g.promise);
    const waiting = slots.run(async () => 'never');
    slots.close();
    await expect(waiting).rejects.toMatchObject({ code: 'RENDERER_BUSY' });
    await expect(slots.run(async () => 'after')).rejects.toMatchObject({ code: 'RENDERER_BUSY' });
    g.open();
    await running;
  });
});
