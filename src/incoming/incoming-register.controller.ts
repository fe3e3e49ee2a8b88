import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { PageQueryDto } from '../common/http/page-query.dto';
import { IncomingRegister } from './incoming-register.service';

class YearQuery extends PageQueryDto {
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year!: number;
}

class YearParams {
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year!: number;
}

/**
 * ทะเบียนหนังสือรับ and the groups' receive registers. Its routes sit beside the other registers' `:register` routes, so
 * IncomingModule is imported before RegistryModule (Express matches in registration order).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('api/registers')
export class IncomingRegisterController {
  constructor(private readonly register: IncomingRegister) {}

  @Can('viewRegisters')
  @Get('incoming')
  list(@CurrentActor() actor: Actor, @Query() q: YearQuery) {
    return this.register.list(actor, q.year, q.page, q.pageSize);
  }

  @Can('viewRegisters')
  @Get('incoming/:year/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@CurrentActor() actor: Actor, @Param() p: YearParams) {
    const body = await this.register.csv(actor, p.year);
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      disposition: `attachment; filename="register-incoming-${p.year}.csv"`,
    });
  }

  /** ทะเบียนรับของกลุ่ม: the group's head, the registry desk and the executives (else 403). */
  @Can('handleIncoming')
  @Get('group/:groupId')
  group(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseIdPipe) groupId: number,
    @Query() q: YearQuery,
  ) {
    return this.register.group(actor, groupId, q.year, q.page, q.pageSize);
  }
}
