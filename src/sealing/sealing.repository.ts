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
  ): Promise<SealedDocument | null> {
    return this.dataSource.manager.findOneBy(SealedDocument, { orgId, documentType, documentId });
  }

  /** The public lookup by verification code: the only unscoped read, by design. */
  findByCode(verifyCode: string): Promise<SealedDocument | null> {
    return this.dataSource.manager.findOneBy(SealedDocument, { verifyCode });
  }

  codeExists(verifyCode: string, tx: Tx): Promise<boolean> {
    return tx.existsBy(SealedDocument, { verifyCode });
  }

  /** Records the PDF once: a seal that already has its hash is never overwritten. */
  async storeHash(orgId: number, id: number, sha256: string, size: number): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      SealedDocument,
      { orgId, id, sha256: IsNull() },
      { sha256, size },
    );
    return result.affected === 1;
  }

  unsealed(limit: number): Promise<SealedDocument[]> {
    return this.dataSource.manager.find(SealedDocument, {
      where: { sha256: IsNull() },
      order: { id: 'ASC' },
      take: limit,
    });
  }
}
