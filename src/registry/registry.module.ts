import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { uploadModule } from '../storage/upload';
import { OutsideNumbersController } from './outside-numbers.controller';
import { OutsideNumbers } from './outside-numbers.service';
import { RegistryController } from './registry.controller';
import { RegistryRepository } from './registry.repository';
import { RegistryService } from './registry.service';

/** An outside document's form: the file, subject, to, date, year and a web page's CSRF token. */
const OUTSIDE_FORM = { fields: 6, parts: 7 };

@Module({
  imports: [OrgModule, uploadModule(OUTSIDE_FORM)],
  controllers: [RegistryController, OutsideNumbersController],
  providers: [RegistryRepository, RegistryService, OutsideNumbers],
  exports: [RegistryService],
})
export class RegistryModule {}
