import { Module } from '@nestjs/common';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { AfterApprovalConsumer } from './after-approval.consumer';
import { AfterApprovalSetup } from './after-approval.setup';
import { AfterCommitDelivery } from './after-commit-delivery';
import { CirculationController } from './circulation.controller';
import { CirculationRepository } from './circulation.repository';
import { CirculationService } from './circulation.service';
import { TaskRepository } from './task.repository';
import { TaskService } from './task.service';
import { TasksController } from './tasks.controller';

/** After the decision: circulation for acknowledgement (หนังสือเวียน รับทราบ) and tasks. */
@Module({
  imports: [MemoModule, OrgModule],
  controllers: [CirculationController, TasksController],
  providers: [
    CirculationRepository,
    CirculationService,
    TaskRepository,
    TaskService,
    AfterApprovalSetup,
    AfterApprovalConsumer,
    AfterCommitDelivery,
  ],
  exports: [CirculationService, TaskService],
})
export class CirculationModule {}
