import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { SealedDocument } from './sealed-document.entity';

/** Seals of documents. Every method is scoped by orgId except those named …AcrossOffices. */
@Injectable()
export class SealingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: Tx, seal: OfficeRow<SealedDocument>): Promise<SealedDocument> {
    return managerOf(tx).save(SealedDocument, seal);
  }

  find(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
    tx?: Tx,
  ): Promise<SealedDocument | null> {
    return (tx ? managerOf(tx) : this.dataSource.manager).findOneBy(SealedDocument, {
      orgId,
      documentType,
      documentId,
    });
  }

  /** Across offices: the public /verify page has only the code printed on the paper. */
  findByCodeAcrossOffices(verifyCode: string): Promise<SealedDocument | null> {
    return this.dataSource.manager.findOneBy(SealedDocument, { verifyCode });
  }

  /** Across offices: a verification code is unique system-wide, as /verify looks it up. */
  codeExistsAcrossOffices(verifyCode: string, tx: Tx): Promise<boolean> {
    return managerOf(tx).existsBy(SealedDocument, { verifyCode });
  }

  async setSnapshot(tx: Tx, orgId: number, id: number, snapshotSha256: string): Promise<void> {
    await managerOf(tx).update(SealedDocument, { orgId, id }, { snapshotSha256 });
  }

  /** Records the PDF once: a seal that already has its hash is never overwritten. */
  async storeHash(
    tx: Tx,
    orgId: number,
    id: number,
    sha256: string,
    size: number,
  ): Promise<boolean> {
    const result = await managerOf(tx).update(
      SealedDocument,
      { orgId, id, sha256: IsNull() },
      { sha256, size },
    );
    return result.affected === 1;
  }
}
