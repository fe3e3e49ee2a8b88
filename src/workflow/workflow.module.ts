import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IncomingModule } from '../incoming/incoming.module';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { RegistryModule } from '../registry/registry.module';
import { SealingModule } from '../sealing/sealing.module';
import { ChainBuilder } from './chain-builder';
import { Finalizer } from './finalizer';
import { ApproveStep } from './transitions/approve-step.use-case';
import { SendBack } from './transitions/send-back.use-case';
import { SubmitMemo } from './transitions/submit-memo.use-case';
import { TransitionRunner } from './transitions/transition-runner';
import { WithdrawMemo } from './transitions/withdraw-memo.use-case';
import { WorkflowController } from './workflow.controller';
import { WorkflowEvents } from './workflow-events';

const TRANSITIONS = [SubmitMemo, ApproveStep, SendBack, WithdrawMemo];

/** The approval chain and its transitions, one use case each. */
@Module({
  imports: [MemoModule, OrgModule, RegistryModule, SealingModule, DocumentsModule, IncomingModule],
  controllers: [WorkflowController],
  providers: [ChainBuilder, Finalizer, TransitionRunner, WorkflowEvents, ...TRANSITIONS],
  exports: TRANSITIONS,
})
export class WorkflowModule {}
