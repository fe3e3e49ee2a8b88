import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { requestId } from './http/request-id';

/** Query parameters never logged: tokens, passwords and form tokens (also percent-encoded). */
const SECRET_PARAMS = /([?&](?:token|password|(?:_|%5f)csrf)=)[^&]*/gi;

export const redactUrl = (url: string): string => url.replace(SECRET_PARAMS, '$1[redacted]');

/** pino with request ids; secrets never reach the log. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL'),
          genReqId: requestId,
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
              'req.body.password',
              '*.password',
              '*.passwordHash',
              '*.accessToken',
              '*._csrf',
              'req.headers["x-csrf-token"]',
            ],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: redactUrl(req.url),
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
