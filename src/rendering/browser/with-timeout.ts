export class RenderTimeoutError extends Error {
  constructor(ms: number) {
    super(`Rendering took longer than ${ms} ms`);
    this.name = 'RenderTimeoutError';
  }
}

/** Settles with `work`, or rejects with RenderTimeoutError after `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
