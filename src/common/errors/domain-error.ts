import { ERROR_CATALOG, ErrorCode } from './error-codes';

/** A failure the client caused or can act on; the global filter turns it into a 4xx. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(`${code}: ${ERROR_CATALOG[code].en}`);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}

export const notFound = (): DomainError => new DomainError('NOT_FOUND');
export const forbidden = (details?: unknown): DomainError => new DomainError('FORBIDDEN', details);
export const conflict = (details?: unknown): DomainError => new DomainError('CONFLICT', details);
export const staleVersion = (details?: unknown): DomainError =>
  new DomainError('STALE_VERSION', details);
