import { Module } from '@nestjs/common';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { RenderingModule } from '../rendering/rendering.module';
import { SealingModule } from '../sealing/sealing.module';
import { DOCUMENT_KINDS, DocumentKind } from './document-kind';
import { DocumentSealer } from './document-sealer';
import { DocumentsController } from './documents.controller';
import { DraftPreview } from './draft-preview';
import { IssuanceDocument } from './kinds/issuance.document';
import { LetterDocument } from './kinds/letter.document';
import { MemoDocument } from './kinds/memo.document';
import { PdfService } from './pdf.service';
import { PrintableDocuments } from './printable-documents';

/** The kinds of official document the office prints; each says how its model is built. */
const KINDS = [MemoDocument, IssuanceDocument, LetterDocument];

/**
 * A document of any kind → its printable model → PDF bytes → the sealed, stored copy. Previews,
 * downloads and sealing all go through here.
 */
@Module({
  imports: [MemoModule, OrgModule, SealingModule, RenderingModule],
  controllers: [DocumentsController],
  providers: [
    ...KINDS,
    { provide: DOCUMENT_KINDS, inject: KINDS, useFactory: (...k: DocumentKind[]) => k },
    PrintableDocuments,
    DocumentSealer,
    PdfService,
    DraftPreview,
  ],
  exports: [DocumentSealer, PdfService, DraftPreview],
})
export class DocumentsModule {}
