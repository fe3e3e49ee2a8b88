import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Issuance } from '../memo/issuance.entity';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import type { RecipientSpec } from './recipient-spec';

/** Issued documents that may name recipients: the issuance riding on a memo. */
const ISSUANCE_TYPES: readonly RegisteredDocumentType[] = ['letter', 'announcement', 'order'];

/** Whom an issued document names as its recipients (its `recipients`), or null for none. */
@Injectable()
export class IssuedRecipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
  ): Promise<RecipientSpec | null> {
    if (!ISSUANCE_TYPES.includes(documentType)) return null;
    const issuance = await this.dataSource.manager.findOneBy(Issuance, { orgId, id: documentId });
    return issuance?.recipients ?? null;
  }
}
