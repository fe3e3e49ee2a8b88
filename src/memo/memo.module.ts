import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { AppConfig } from '../config/app-config';
import { OrgModule } from '../org/org.module';
import { OitLinksProviderModule } from './oit-links.provider';
import { SealingModule } from '../sealing/sealing.module';
import { AttachmentService } from './attachment.service';
import { MemoController } from './memo.controller';
import { MemoQueriesRepository } from './memo-queries.repository';
import { MemoRepository } from './memo.repository';
import { MemoService } from './memo.service';

@Module({
  imports: [
    OrgModule,
    SealingModule,
    OitLinksProviderModule,
    // Uploads are held in memory up to the configured limit, then hashed into the blob store.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        // Browsers send UTF-8 file names; busboy's default (latin1) would garble Thai.
        defParamCharset: 'utf8',
        limits: { fileSize: config.get('MAX_UPLOAD_BYTES'), files: 1, fields: 5, parts: 6 },
      }),
    }),
  ],
  controllers: [MemoController],
  providers: [MemoRepository, MemoQueriesRepository, MemoService, AttachmentService],
  exports: [MemoRepository, MemoQueriesRepository, MemoService, AttachmentService],
})
export class MemoModule {}
