import type { IncomingMessage } from 'node:http';
import { INestApplication, RawBodyRequest, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/errors/http-exception.filter';
import { AppConfig } from './config/app-config';
import { requestId } from './common/http/request-id';
import { LINE_WEBHOOK_PATH } from './line/line.controller';
import { LINE_ACCOUNT_LINK_URL } from './line/line-links.service';

const JSON_LIMIT = '1mb';
const JSON_LIMIT_BYTES = 1024 * 1024;
/** A UTF-16 surrogate without its pair: no character at all, and no database stores it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** JSON.parse reviver: text that is not valid Unicode is malformed JSON (400), not silently
 * replaced by U+FFFD when stored. */
function wellFormedText(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === 'string' && LONE_SURROGATE.test(value))) {
    throw new SyntaxError('JSON text holds an unpaired UTF-16 surrogate');
  }
  return value;
}

/** LINE signs the bytes it sent: the webhook keeps them beside the parsed body (req.rawBody). */
function keepRawBody(path: string) {
  return (req: IncomingMessage, _res: unknown, body: Buffer): void => {
    if (req.url?.split('?')[0] === path) (req as RawBodyRequest<IncomingMessage>).rawBody = body;
  };
}

/** Room for the multipart boundaries, part headers and text fields around an upload. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Refuses a body whose declared length is over the limit before reading any of it. body-parser
 * and multer would first read (and discard) all of it, however large, before answering 413.
 */
function refuseDeclaredOversize(uploadLimit: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length']);
    const multipart = /^multipart\//i.test(req.headers['content-type'] ?? '');
    const limit = multipart ? uploadLimit + MULTIPART_OVERHEAD : JSON_LIMIT_BYTES;
    if (!(declared > limit)) return next();
    res.setHeader('Connection', 'close');
    next(
      Object.assign(new Error('request entity too large'), {
        status: 413,
        type: 'entity.too.large',
      }),
    );
  };
}

const strictCsp = (formAction: string[] = []) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        frameSrc: ["'self'"],
        objectSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'", ...formAction],
        baseUri: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
const pageCsp = strictCsp();
// Confirming a LINE link posts here and is redirected on to LINE: form-action covers the redirect.
const lineLinkCsp = strictCsp([LINE_ACCOUNT_LINK_URL]);

// Swagger UI ships inline styles and scripts; it gets a looser policy on its own path only.
const docsCsp = helmet({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
});

/** The HTTP stack shared by main.ts and every e2e test, so tests exercise what ships. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  express.useLogger(app.get(Logger));
  express.disable('x-powered-by');
  // Behind a reverse proxy req.ip, req.secure and req.protocol come from X-Forwarded-* only
  // when the hop is trusted (TRUST_PROXY); otherwise those headers are ignored.
  express.set('trust proxy', config.trustProxy);
  // First, so that even a body the parser rejects is answered with its request id.
  express.use((req: Request, res: Response, next: NextFunction) => {
    requestId(req, res);
    next();
  });
  express.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs')
      ? docsCsp
      : req.path === '/line/link'
        ? lineLinkCsp
        : pageCsp)(req, res, next),
  );
  express.use(cookieParser());
  express.use(refuseDeclaredOversize(config.get('MAX_UPLOAD_BYTES')));
  express.useBodyParser('json', {
    limit: JSON_LIMIT,
    reviver: wellFormedText,
    verify: keepRawBody(LINE_WEBHOOK_PATH),
  });
  express.useBodyParser('urlencoded', { limit: JSON_LIMIT, extended: false });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const docs = new DocumentBuilder()
    .setTitle('Saraban API')
    .setDescription('สารบรรณอิเล็กทรอนิกส์ — memos, approvals, registers, PDF and OIT evidence')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs));
}
