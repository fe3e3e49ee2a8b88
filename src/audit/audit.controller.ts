import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { IsPositiveInt } from '../common/validation/fields';
import { AuditService } from './audit.service';

class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn([
    'memo',
    'user',
    'group',
    'delegation',
    'register_entry',
    'oit_link',
    'incoming_letter',
    'organization',
  ])
  entityType?: string;

  @IsOptional()
  @Type(() => Number)
  @IsPositiveInt()
  entityId?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Can('viewAudit')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: AuditQueryDto) {
    return this.audit.list(
      actor,
      { entityType: q.entityType, entityId: q.entityId },
      q.page,
      q.pageSize,
    );
  }

  @Can('viewAudit')
  @Get('verify')
  verify(@CurrentActor() actor: Actor) {
    return this.audit.verify(actor.orgId);
  }
}
