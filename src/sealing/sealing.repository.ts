import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '../database/transaction-runner';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { SealedDocument } from './sealed-document.entity';

@Injectable()
export class SealingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: Tx, seal: Partial<SealedDocument>): Promise<SealedDocument> {
    return tx.save(SealedDocument, seal);
  }

  find(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
    tx?: Tx,
  ): Promise<SealedDocument | null> {
    return (tx ?? this.dataSource.manager).findOneBy(SealedDocument, {
      orgId,
      documentType,
      documentId,
    });
  }

  /** The public lookup by verification code: the only unscoped read, by design. */
  findByCode(verifyCode: string): Promise<SealedDocument | null> {
    return this.dataSource.manager.findOneBy(SealedDocument, { verifyCode });
  }

  codeExists(verifyCode: string, tx: Tx): Promise<boolean> {
    return tx.existsBy(SealedDocument, { verifyCode });
  }

  async setSnapshot(tx: Tx, orgId: number, id: number, snapshotSha256: string): Promise<void> {
    await tx.update(SealedDocument, { orgId, id }, { snapshotSha256 });
  }

  /** Records the PDF once: a seal that already has its hash is never overwritten. */
  async storeHash(
    orgId: number,
    id: number,
    sha256: string,
    size: number,
    tx?: Tx,
  ): Promise<boolean> {
    const result = await (tx ?? this.dataSource.manager).update(
      SealedDocument,
      { orgId, id, sha256: IsNull() },
      { sha256, size },
    );
    return result.affected === 1;
  }
}
