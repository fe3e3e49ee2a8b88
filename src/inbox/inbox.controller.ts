import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, SignedIn } from '../common/auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { ListMemosQueryDto } from '../memo/dto/list.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @SignedIn()
  @Get('inbox')
  @ApiOperation({ summary: 'Memos waiting for me (urgent first, then oldest)' })
  waiting(@CurrentActor() actor: Actor, @Query() q: PageQueryDto) {
    return this.inbox.inbox(actor, q);
  }

  @SignedIn()
  @Get('memos')
  @ApiOperation({
    summary: 'My drafts, returned, in progress, done; search by words, number, dates, status',
  })
  list(@CurrentActor() actor: Actor, @Query() q: ListMemosQueryDto) {
    return this.inbox.list(actor, q);
  }
}
