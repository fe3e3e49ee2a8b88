import { Module } from '@nestjs/common';
import { OnApprovalChecker } from '../memo/on-approval.checker';
import { OrgModule } from '../org/org.module';
import { RegistryModule } from '../registry/registry.module';
import { INCOMING_FORM, uploadModule } from '../storage/upload';
import { AssignIncoming } from './assignment.service';
import { IncomingLetters } from './incoming-letters';
import { IncomingQueriesRepository } from './incoming-queries.repository';
import { IncomingQueries } from './incoming-queries.service';
import { IncomingRegisterController } from './incoming-register.controller';
import { IncomingRegister } from './incoming-register.service';
import { IncomingController } from './incoming.controller';
import { IncomingRepository } from './incoming.repository';
import { ReceiptStampModule } from './stamp/receipt-stamp.module';
import { ReceiveIncoming } from './receive.service';
import { IncomingReplies } from './replies.service';
import { RouteIncoming } from './routing.service';

/** หนังสือรับ: the incoming register, routing to executives, the groups' part, the replies. */
@Module({
  imports: [OrgModule, RegistryModule, ReceiptStampModule, uploadModule(INCOMING_FORM)],
  controllers: [IncomingRegisterController, IncomingController],
  providers: [
    IncomingRepository,
    IncomingQueriesRepository,
    IncomingLetters,
    IncomingQueries,
    IncomingRegister,
    ReceiveIncoming,
    RouteIncoming,
    AssignIncoming,
    IncomingReplies,
    // The memo's onApproval rules, for an endorsement's onEndorse (MemoModule imports this one).
    OnApprovalChecker,
  ],
  exports: [
    IncomingLetters,
    IncomingRepository,
    IncomingQueries,
    IncomingReplies,
    ReceiveIncoming,
    RouteIncoming,
    AssignIncoming,
  ],
})
export class IncomingModule {}
