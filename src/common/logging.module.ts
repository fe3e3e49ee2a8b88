import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { requestId } from './http/request-id';

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
            ],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url.replace(/([?&](?:token|password)=)[^&]*/gi, '$1[redacted]'),
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
