import { Module } from '@nestjs/common';
import { ActionLinksModule } from '../action-links/action-links.module';
import { LineChannel } from '../line/line.channel';
import { LineModule } from '../line/line.module';
import { OrgModule } from '../org/org.module';
import { NOTIFICATION_CHANNELS } from './channels';
import { EmailChannel } from './email.channel';
import { NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { ChannelNoticeConsumer, InAppNoticeConsumer } from './notice-consumers';

@Module({
  imports: [OrgModule, ActionLinksModule, LineModule],
  controllers: [NotificationController],
  providers: [
    NotificationRepository,
    NotificationService,
    InAppNoticeConsumer,
    ChannelNoticeConsumer,
    EmailChannel,
    // In the order they send (notice-consumers.ts): LINE, deduplicated by LINE, before e-mail.
    {
      provide: NOTIFICATION_CHANNELS,
      inject: [LineChannel, EmailChannel],
      useFactory: (line: LineChannel, email: EmailChannel) => [line, email],
    },
  ],
  exports: [NotificationService],
})
export class NotificationModule {}
