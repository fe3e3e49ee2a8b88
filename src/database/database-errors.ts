/** Errors a client may retry: the database was briefly away, or a lock could not be taken. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_QUERY_INTERRUPTED',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { code, driverError, message } = current as {
      code?: unknown;
      driverError?: unknown;
      message?: unknown;
    };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (
      typeof message === 'string' &&
      /Pool is closed|Connection lost|connect ECONNREFUSED/.test(message)
    ) {
      return true;
    }
    current = driverError;
  }
  return false;
}

export function isDeadlock(error: unknown): boolean {
  const codes = [error, (error as { driverError?: unknown } | null)?.driverError].map(
    (e) => (e as { code?: unknown } | null)?.code,
  );
  return codes.includes('ER_LOCK_DEADLOCK');
}

/** A unique key refused the row (MySQL ER_DUP_ENTRY, SQLite UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  const codes = [e?.code, e?.driverError?.code];
  return (
    codes.includes('ER_DUP_ENTRY') ||
    codes.includes('SQLITE_CONSTRAINT_UNIQUE') ||
    codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY') ||
    (typeof e?.message === 'string' && e.message.includes('UNIQUE constraint failed'))
  );
}

/**
 * The database refused a value the validators let through: longer than its column (a memo's
 * paragraphs fill a 64 KiB TEXT on MySQL), a date outside DATETIME, bytes it cannot store.
 * The client sent it, so it is a 400, not a 500. SQLite stores such values as they are.
 */
const VALUE_REFUSED_CODES = new Set([
  'ER_DATA_TOO_LONG',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_DATETIME_FUNCTION_OVERFLOW',
]);

export function isValueRefused(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return [e?.code, e?.driverError?.code].some(
    (code) => typeof code === 'string' && VALUE_REFUSED_CODES.has(code),
  );
}
