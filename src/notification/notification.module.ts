import { Module } from '@nestjs/common';
import { ActionLinksModule } from '../action-links/action-links.module';
import { OrgModule } from '../org/org.module';
import { NOTIFICATION_CHANNELS } from './channels';
import { EmailChannel } from './email.channel';
import { NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { ChannelNoticeConsumer, InAppNoticeConsumer } from './notice-consumers';

@Module({
  imports: [OrgModule, ActionLinksModule],
  controllers: [NotificationController],
  providers: [
    NotificationRepository,
    NotificationService,
    InAppNoticeConsumer,
    ChannelNoticeConsumer,
    EmailChannel,
    // Add further channels (LINE Messaging API, …) to this list.
    {
      provide: NOTIFICATION_CHANNELS,
      inject: [EmailChannel],
      useFactory: (email: EmailChannel) => [email],
    },
  ],
  exports: [NotificationService],
})
export class NotificationModule {}
