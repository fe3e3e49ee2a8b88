import { Injectable, OnModuleInit } from '@nestjs/common';
import { MEMO_APPROVED, MemoApprovedEvent, MemoEventPayload } from '../../memo/memo.events';
import { OutboxService } from '../../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../../outbox/outbox.types';
import { SealingService } from '../../sealing/sealing.service';
import { ProposeLinksUseCase } from './propose-links.use-case';

/**
 * Every approved document becomes OIT evidence, once: the evidence, its proposals and the
 * outbox's record of them are one transaction. Runs after the seal, to cite its hash.
 */
@Injectable()
export class MemoApprovedConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'oit.evidence';
  readonly topics = [MEMO_APPROVED];
  readonly order = 20;

  constructor(
    private readonly outbox: OutboxService,
    private readonly proposeLinks: ProposeLinksUseCase,
    private readonly sealing: SealingService,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    await this.proposeLinks.execute(await this.toEvent(m), commit);
  }

  private async toEvent(m: OutboxMessage): Promise<MemoApprovedEvent> {
    const payload = m.payload as unknown as MemoEventPayload;
    const documents = await Promise.all(
      (payload.documents ?? []).map(async (d) => {
        const seal = await this.sealing.find(m.orgId, d.documentType, d.documentId);
        return {
          ...d,
          date: new Date(d.date),
          sha256: seal?.sha256 ?? '',
          publicPdfUrl: this.sealing.publicPdfUrl(d.verifyCode),
        };
      }),
    );
    return { orgId: m.orgId, memoId: payload.memoId, actorUserId: payload.actorUserId, documents };
  }
}
