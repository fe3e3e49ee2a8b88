import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgModule } from '../org/org.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { ATTACHMENT_FORM, uploadModule } from '../storage/upload';
import { GroupImportService } from './group-import.service';
import { ImportController } from './import.controller';
import { RecipientImportService } from './recipient-import.service';
import { UserImportService } from './user-import.service';

/** An office admin's CSV imports of groups, people and the recipients directory (issue 18). */
@Module({
  imports: [OrgModule, RecipientsModule, uploadModule(ATTACHMENT_FORM)],
  controllers: [ImportController],
  providers: [GroupImportService, UserImportService, RecipientImportService, PasswordHasher],
  exports: [GroupImportService, UserImportService, RecipientImportService],
})
export class OnboardingModule {}
