import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { CreateHolidayDto, HolidaysQueryDto, ReminderSettingsDto } from './dto/holiday.dto';
import { HolidaysService } from './holidays.service';

/** The office's holidays and after how many working days a waiting step is escalated. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('api')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Can('viewCalendar')
  @Get('holidays')
  list(@CurrentActor() actor: Actor, @Query() q: HolidaysQueryDto) {
    return this.holidays.list(actor, q.year);
  }

  @Can('administer')
  @Post('holidays')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateHolidayDto) {
    return this.holidays.create(actor, dto);
  }

  @Can('administer')
  @Delete('holidays/:id')
  @HttpCode(204)
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    await this.holidays.remove(actor, id);
  }

  @Can('administer')
  @Put('reminders/settings')
  settings(@CurrentActor() actor: Actor, @Body() dto: ReminderSettingsDto) {
    return this.holidays.setEscalation(actor, dto.escalateAfterDays);
  }
}
