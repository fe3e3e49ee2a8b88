import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { errorBody, ErrorBody } from './error-body';
import { ErrorCode } from './error-codes';
import {
  isTransientDatabaseError,
  isUniqueViolation,
  isValueRefused,
} from '../../database/database-errors';

interface Classified {
  code: ErrorCode;
  details?: unknown;
}

/** Hook for the web interface to answer HTML pages instead of JSON for its own routes. */
export type HtmlErrorRenderer = (req: Request, res: Response, body: ErrorBody) => boolean;

/** Maps every error to `{ statusCode, code, message }`; unexpected ones are 500 and logged. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  static htmlRenderer?: HtmlErrorRenderer;

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string | number }>();
    const res = ctx.getResponse<Response>();
    const classified = this.classify(error);
    const requestId = req.id === undefined ? undefined : String(req.id);
    const body = errorBody(classified.code, classified.details, requestId);
    if (body.statusCode >= 500) {
      this.logger.error({ err: error, requestId, path: req.path }, 'Unhandled error');
    }
    if (res.headersSent) return;
    if (body.statusCode === 503) res.setHeader('Retry-After', '2');
    if (AllExceptionsFilter.htmlRenderer?.(req, res, body)) return;
    // Explicitly: a route's @Header('Content-Type', 'text/html' or 'text/csv') is already on the
    // response, and res.json() keeps it, which would serve reflected input as HTML.
    res.status(body.statusCode).type('application/json').json(body);
  }

  private classify(error: unknown): Classified {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    if (error instanceof HttpException) return this.fromHttpException(error);
    const bodyParser = this.fromBodyParser(error);
    if (bodyParser) return bodyParser;
    if (isTransientDatabaseError(error)) return { code: 'SERVICE_UNAVAILABLE' };
    if (isUniqueViolation(error)) return { code: 'CONFLICT' };
    if (isValueRefused(error)) {
      return { code: 'VALIDATION_FAILED', details: ['a value is too long or out of range'] };
    }
    return { code: 'INTERNAL' };
  }

  private fromHttpException(error: HttpException): Classified {
    const status = error.getStatus();
    const response = error.getResponse();
    const raw = typeof response === 'object' && response !== null ? response : {};
    const message = (raw as { message?: unknown }).message;
    switch (status) {
      case 400:
        if (Array.isArray(message)) return { code: 'VALIDATION_FAILED', details: message };
        // Nest turns body-parser's SyntaxError into a plain 400 with the parser's message.
        if (typeof message === 'string' && /JSON/.test(message)) {
          return { code: 'MALFORMED_JSON', details: message };
        }
        return { code: 'BAD_REQUEST', details: message };
      case 401:
        return { code: 'UNAUTHENTICATED' };
      case 403:
        return { code: 'FORBIDDEN' };
      case 404:
        return { code: 'ROUTE_NOT_FOUND' };
      case 405:
        return { code: 'METHOD_NOT_ALLOWED' };
      case 409:
        return { code: 'CONFLICT' };
      case 413:
        return { code: 'PAYLOAD_TOO_LARGE' };
      case 415:
        return { code: 'UNSUPPORTED_MEDIA_TYPE' };
      case 429:
        return { code: 'TOO_MANY_REQUESTS' };
      case 503:
        // Terminus answers 503 with the state of each component; keep it for operators.
        return { code: 'SERVICE_UNAVAILABLE', details: raw };
      default:
        return status >= 400 && status < 500
          ? { code: 'BAD_REQUEST', details: message }
          : { code: 'INTERNAL' };
    }
  }

  /** body-parser and multer report client mistakes as plain errors with a `type` or `status`. */
  private fromBodyParser(error: unknown): Classified | undefined {
    if (typeof error !== 'object' || error === null) return undefined;
    const { type, status } = error as { type?: string; status?: number };
    if (type === 'entity.parse.failed') return { code: 'MALFORMED_JSON' };
    if (type === 'entity.too.large' || status === 413) return { code: 'PAYLOAD_TOO_LARGE' };
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return { code: 'UNSUPPORTED_MEDIA_TYPE' };
    }
    if (typeof status === 'number' && status >= 400 && status < 500) return { code: 'BAD_REQUEST' };
    return undefined;
  }
}
