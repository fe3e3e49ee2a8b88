import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { ActingHeadModule } from '../workflow/acting-head/acting-head.module';
import { ReminderRepository } from './reminder.repository';
import { ReminderSweep } from './reminder-sweep';
import { ReminderTimer } from './reminder-timer';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';

/** Reminders of deadlines, escalation of waiting steps, daily digests; the office's holidays. */
@Module({
  imports: [OrgModule, ActingHeadModule],
  controllers: [HolidaysController],
  providers: [ReminderRepository, ReminderSweep, ReminderTimer, HolidaysService],
  exports: [ReminderSweep, ActingHeadModule],
})
export class RemindersModule {}
