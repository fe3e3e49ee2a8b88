import { ERROR_CATALOG, ErrorCode } from './error-codes';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  /** Thai first, then English, so one string serves both readers. */
  message: string;
  messageTh: string;
  messageEn: string;
  details?: unknown;
  requestId?: string;
}

export function errorBody(code: ErrorCode, details?: unknown, requestId?: string): ErrorBody {
  const entry = ERROR_CATALOG[code];
  return {
    statusCode: entry.status,
    code,
    message: `${entry.th} (${entry.en})`,
    messageTh: entry.th,
    messageEn: entry.en,
    ...(details === undefined ? {} : { details }),
    ...(requestId ? { requestId } : {}),
  };
}
