import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { RedisConnection } from './redis-connection';

/** One Redis connection per process (when REDIS_URL is set), for whichever module needs it. */
@Global()
@Module({
  providers: [
    {
      provide: RedisConnection,
      useFactory: (config: AppConfig) => new RedisConnection(config.get('REDIS_URL')),
      inject: [AppConfig],
    },
  ],
  exports: [RedisConnection],
})
export class RedisModule {}
