import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { IsPositiveInt } from '../common/validation/fields';
import { DispatchService } from './dispatch.service';

class DispatchQueryDto {
  @Type(() => Number)
  @IsPositiveInt()
  memoId!: number;
}

/** Who has received an issued document; the author and the registry desk (per-memo check). */
@ApiTags('dispatches')
@ApiBearerAuth()
@Controller('api/dispatches')
export class DispatchController {
  constructor(private readonly dispatch: DispatchService) {}

  @Can('draft')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: DispatchQueryDto) {
    return this.dispatch.list(actor, q.memoId);
  }

  @Can('draft')
  @Post(':id/resend')
  @HttpCode(200)
  resend(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.dispatch.resend(actor, id);
  }
}
