import { Module } from '@nestjs/common';
import { LineAccountRepository } from './line-account.repository';
import { LineApi } from './line-api';
import { LineController } from './line.controller';
import { LineChannel } from './line.channel';
import { LineLinks } from './line-links.service';
import { LineSetup } from './line-setup';
import { LineWebhook } from './line-webhook.service';

/** The LINE Official Account: the webhook, linking a person's LINE account, the push channel. */
@Module({
  controllers: [LineController],
  providers: [LineAccountRepository, LineApi, LineSetup, LineLinks, LineWebhook, LineChannel],
  exports: [LineChannel, LineLinks],
})
export class LineModule {}
