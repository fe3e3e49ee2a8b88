import { Module } from '@nestjs/common';
import { RenderingModule } from '../../rendering/rendering.module';
import { ClusterScheduler } from './cluster-scheduler';
import { OutboxProcessor } from './outbox.processor';
import { RenderProcessor } from './render.processor';

/** What only a worker process runs (src/worker.ts, with REDIS_URL). */
@Module({
  imports: [RenderingModule],
  providers: [OutboxProcessor, RenderProcessor, ClusterScheduler],
})
export class WorkerJobsModule {}
