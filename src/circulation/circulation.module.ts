import { Module } from '@nestjs/common';
import { IncomingModule } from '../incoming/incoming.module';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { AfterApprovalConsumer } from './after-approval.consumer';
import { AfterApprovalSetup } from './after-approval.setup';
import { AfterCommitDelivery } from './after-commit-delivery';
import { AfterEndorseConsumer } from './after-endorse.consumer';
import { AfterEndorseSetup } from './after-endorse.setup';
import { CirculationController } from './circulation.controller';
import { CirculationRepository } from './circulation.repository';
import { CirculationService } from './circulation.service';
import { LetterCirculationController } from './letter-circulation.controller';
import { LetterCirculationService } from './letter-circulation.service';
import { TaskRepository } from './task.repository';
import { TaskService } from './task.service';
import { TasksController } from './tasks.controller';

/**
 * After the decision: circulation for acknowledgement (หนังสือเวียน รับทราบ) and tasks, of
 * approved memos and of endorsed incoming letters.
 */
@Module({
  imports: [MemoModule, IncomingModule, OrgModule],
  controllers: [CirculationController, LetterCirculationController, TasksController],
  providers: [
    CirculationRepository,
    CirculationService,
    LetterCirculationService,
    TaskRepository,
    TaskService,
    AfterApprovalSetup,
    AfterApprovalConsumer,
    AfterEndorseSetup,
    AfterEndorseConsumer,
    AfterCommitDelivery,
  ],
  exports: [CirculationService, LetterCirculationService, TaskService],
})
export class CirculationModule {}
