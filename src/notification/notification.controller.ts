import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, SignedIn } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { PageQueryDto } from '../common/http/page-query.dto';
import { NotificationService } from './notification.service';

class NotificationQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  unread = false;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @SignedIn()
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: NotificationQueryDto) {
    return this.notifications.list(actor, q.unread, q.page, q.pageSize);
  }

  @SignedIn()
  @Post('read-all')
  @HttpCode(200)
  readAll(@CurrentActor() actor: Actor) {
    return this.notifications.markRead(actor);
  }

  @SignedIn()
  @Post(':id/read')
  @HttpCode(200)
  read(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.notifications.markRead(actor, id);
  }
}
