import { Module } from '@nestjs/common';
import { RenderingModule } from '../../rendering/rendering.module';
import { ReceiptStamper } from './receipt-stamper';

/** The receipt stamp (ตรารับ) on incoming letters; import it and inject ReceiptStamper. */
@Module({
  imports: [RenderingModule],
  providers: [ReceiptStamper],
  exports: [ReceiptStamper],
})
export class ReceiptStampModule {}
