import { Injectable } from '@nestjs/common';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import type { RecipientSpec } from './recipient-spec';

/**
 * Whom an issued document names as its recipients (the letter's `recipients`), or null when it
 * names none. The port the approval trigger reads through.
 */
export abstract class IssuedRecipients {
  abstract of(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
  ): Promise<RecipientSpec | null>;
}

/**
 * TEMPORARY: the issuance's `recipients` column is added on the branch that builds the letter
 * kind (wt-lettersa). Until it is merged nothing names recipients, so nothing is dispatched on
 * approval. At the merge, replace this body with a read of `issuance.recipients` (documentType
 * `announcement` | `order` | `letter`, documentId = issuance id, scoped by orgId).
 */
@Injectable()
export class IssuanceRecipientsReader extends IssuedRecipients {
  of(): Promise<RecipientSpec | null> {
    return Promise.resolve(null);
  }
}
