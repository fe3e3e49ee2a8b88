import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { SealingRepository } from './sealing.repository';
import { SealingService } from './sealing.service';
import { VerifyController } from './verify.controller';

@Module({
  imports: [OrgModule],
  controllers: [VerifyController],
  providers: [SealingRepository, SealingService],
  exports: [SealingService],
})
export class SealingModule {}
