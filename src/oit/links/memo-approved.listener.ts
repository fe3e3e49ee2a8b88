import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { MEMO_APPROVED, MemoApprovedEvent } from '../../memo/memo.events';
import { ProposeLinksUseCase } from './propose-links.use-case';

/** Awaited by the approver's request (emitAsync), so the proposals show in its answer. */
@Injectable()
export class MemoApprovedListener {
  private readonly logger = new Logger(MemoApprovedListener.name);

  constructor(private readonly proposeLinks: ProposeLinksUseCase) {}

  @OnEvent(MEMO_APPROVED, { async: true, promisify: true })
  async onMemoApproved(event: MemoApprovedEvent): Promise<void> {
    try {
      await this.proposeLinks.execute(event);
    } catch (error) {
      // The approval has committed; missing proposals must not turn it into an error.
      this.logger.error(
        { err: error, orgId: event.orgId, memoId: event.memoId },
        'OIT proposals failed for an approved memo',
      );
    }
  }
}
