import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgModule } from '../org/org.module';
import { ATTACHMENT_FORM, uploadModule } from '../storage/upload';
import { GroupImportService } from './group-import.service';
import { ImportController } from './import.controller';
import { UserImportService } from './user-import.service';

/** An office admin's CSV imports of groups and people (issue 18). */
@Module({
  imports: [OrgModule, uploadModule(ATTACHMENT_FORM)],
  controllers: [ImportController],
  providers: [GroupImportService, UserImportService, PasswordHasher],
  exports: [GroupImportService, UserImportService],
})
export class OnboardingModule {}
