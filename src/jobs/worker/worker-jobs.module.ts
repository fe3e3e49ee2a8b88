import { Module } from '@nestjs/common';
import { RemindersModule } from '../../reminders/reminders.module';
import { RenderingModule } from '../../rendering/rendering.module';
import { ClusterScheduler } from './cluster-scheduler';
import { OutboxProcessor } from './outbox.processor';
import { RenderProcessor } from './render.processor';

/** What only a worker process runs (src/worker.ts, with REDIS_URL). */
@Module({
  imports: [RenderingModule, RemindersModule],
  providers: [OutboxProcessor, RenderProcessor, ClusterScheduler],
})
export class WorkerJobsModule {}
