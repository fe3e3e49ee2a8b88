import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { RegisterEntryParams, RegisterParams, RegisterYearParams } from './dto/register-params.dto';
import { RegistryService } from './registry.service';
import { PageQueryDto } from '../common/http/page-query.dto';

class ListQuery extends PageQueryDto {
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year!: number;
}

class CancelDto {
  @IsString()
  @Length(1, 500)
  reason!: string;
}

/** ทะเบียนหนังสือ: numbers issued per register and year, for the registrar and executives. */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('api/registers')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Can('viewRegisters')
  @Get(':register')
  list(@CurrentActor() actor: Actor, @Param() p: RegisterParams, @Query() q: ListQuery) {
    return this.registry.list(actor, p.register, q.year, q.page, q.pageSize);
  }

  @Can('viewRegisters')
  @Get(':register/:year/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@CurrentActor() actor: Actor, @Param() p: RegisterYearParams) {
    const body = await this.registry.csv(actor, p.register, p.year);
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      disposition: `attachment; filename="register-${p.register}-${p.year}.csv"`,
    });
  }

  @Can('cancelNumber')
  @Post(':register/:year/:seq/cancel')
  @HttpCode(200)
  cancel(@CurrentActor() actor: Actor, @Param() p: RegisterEntryParams, @Body() dto: CancelDto) {
    return this.registry.cancel(actor, p.register, p.year, p.seq, dto.reason);
  }
}
