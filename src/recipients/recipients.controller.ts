import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import {
  CreateRecipientDto,
  ListRecipientsQueryDto,
  UpdateRecipientDto,
} from './dto/recipient.dto';
import { RecipientsService } from './recipients.service';

/**
 * Schools and outside agencies. Anyone of the office may list them (an officer names them on a
 * letter); the office admin and the registry desk keep them.
 */
@ApiTags('recipients')
@ApiBearerAuth()
@Controller('api/recipients')
export class RecipientsController {
  constructor(private readonly recipients: RecipientsService) {}

  @Can('viewRecipients')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: ListRecipientsQueryDto) {
    return this.recipients.list(actor, q);
  }

  @Can('manageRecipients')
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRecipientDto) {
    return this.recipients.create(actor, dto);
  }

  @Can('manageRecipients')
  @Patch(':id')
  updateRecipient(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateRecipientDto,
  ) {
    return this.recipients.update(actor, id, dto);
  }
}
