import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OutboxQueue } from './outbox-queue';
import { OUTBOX_QUEUE, QUEUE_PREFIX, RENDER_QUEUE } from './queue-names';
import { redisOptions } from './redis-connection';
import { RenderQueue } from './render-queue';

/**
 * BullMQ on Redis, imported only with REDIS_URL (app.module.ts). An API instance must not
 * hang on a Redis that is down: its adds fail at once and the outbox rows wait for the sweep.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: QUEUE_PREFIX,
        connection: {
          ...redisOptions(config.get('REDIS_URL') ?? ''),
          enableOfflineQueue: config.get('SARABAN_ROLE') === 'worker',
        },
      }),
    }),
    BullModule.registerQueue({ name: OUTBOX_QUEUE }, { name: RENDER_QUEUE }),
  ],
  providers: [OutboxQueue, RenderQueue],
  exports: [OutboxQueue, RenderQueue],
})
export class QueuesModule {}
