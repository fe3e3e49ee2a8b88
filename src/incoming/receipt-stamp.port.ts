import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

/** What the receipt stamp (ตรารับ) prints at the top right of the letter's first page. */
export interface ReceiptStampInput {
  officeName: string;
  /** เลขรับ in Thai digits, e.g. "๑๒". */
  receiveNumber: string;
  receivedAt: Date;
}

/**
 * Puts the receipt stamp on a letter: on the first page of `originalPdf`, or on a generated
 * cover page when the letter came without a PDF (`null`). Returns the stamped PDF's bytes.
 */
export abstract class ReceiptStamper {
  abstract stamp(originalPdf: Buffer | null, input: ReceiptStampInput): Promise<Buffer>;
}

/** Bound until the stamp (src/incoming/stamp) is merged: says so rather than pretending. */
@Injectable()
export class UnavailableReceiptStamper extends ReceiptStamper {
  stamp(): Promise<Buffer> {
    return Promise.reject(new DomainError('RECEIPT_STAMP_UNAVAILABLE'));
  }
}
