import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { OutboxAdminService, TroubleState } from './outbox-admin.service';

class TroubleQueryDto {
  @IsOptional()
  @IsIn(['failed', 'parked'])
  state?: TroubleState;
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Can('administer')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: TroubleQueryDto) {
    return this.outbox.list(actor, q.state);
  }

  @Can('administer')
  @HttpCode(200)
  @Post(':id/retry')
  retry(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.outbox.retry(actor, id);
  }
}
