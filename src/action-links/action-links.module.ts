import { Module } from '@nestjs/common';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { ActionLinkIssuer } from './action-link-issuer';
import { ActionLinkRepository } from './action-link.repository';
import { ActionLinksController } from './action-links.controller';
import { ActionLinksService } from './action-links.service';

/** One-tap approval links: made when the next approver is e-mailed, used at /act/:token. */
@Module({
  imports: [MemoModule, OrgModule, WorkflowModule],
  controllers: [ActionLinksController],
  providers: [ActionLinkRepository, ActionLinkIssuer, ActionLinksService],
  exports: [ActionLinkIssuer],
})
export class ActionLinksModule {}
