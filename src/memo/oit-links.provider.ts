import { Module } from '@nestjs/common';
import { OitLinkQuery } from '../oit/oit-link.query';
import { OitModule } from '../oit/oit.module';
import { OIT_LINKS } from './ports';

/** Binds the memo module's OIT port to the OIT module's query, keeping imports one-way. */
@Module({
  imports: [OitModule],
  providers: [{ provide: OIT_LINKS, useExisting: OitLinkQuery }],
  exports: [OIT_LINKS],
})
export class OitLinksProviderModule {}
