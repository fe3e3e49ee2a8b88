import { Module } from '@nestjs/common';
import { MemoModule } from '../memo/memo.module';
import { OrgModule } from '../org/org.module';
import { RegistryModule } from '../registry/registry.module';
import { DocumentRenderer } from '../rendering/document-renderer';
import { RenderingModule } from '../rendering/rendering.module';
import { SealingModule } from '../sealing/sealing.module';
import { ChainBuilder } from './chain-builder';
import { DocumentBuilder } from './document-builder';
import { DocumentSealer } from './document-sealer';
import { Finalizer } from './finalizer';
import { PDF_RENDERER } from './pdf-renderer.port';
import { PdfService } from './pdf.service';
import { WorkflowController } from './workflow.controller';
import { WorkflowEvents } from './workflow-events';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [MemoModule, OrgModule, RegistryModule, SealingModule, RenderingModule],
  controllers: [WorkflowController],
  providers: [
    ChainBuilder,
    DocumentBuilder,
    DocumentSealer,
    Finalizer,
    PdfService,
    WorkflowEvents,
    WorkflowService,
    { provide: PDF_RENDERER, useExisting: DocumentRenderer },
  ],
  exports: [WorkflowService, DocumentSealer, DocumentBuilder, PdfService],
})
export class WorkflowModule {}
