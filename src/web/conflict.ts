import { DomainError } from '../common/errors/domain-error';

/**
 * Runs a step of a document's path. A 409 (someone acted first, or the page was stale) calls
 * `showCurrent` — the document as it is now, with a Thai explanation — instead of an error page.
 * Whether the step ran.
 */
export async function unlessConflict(
  run: () => Promise<unknown>,
  showCurrent: () => Promise<void>,
): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.status === 409) {
      await showCurrent();
      return false;
    }
    throw error;
  }
}
