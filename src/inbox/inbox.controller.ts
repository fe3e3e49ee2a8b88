import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../common/auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { ListMemosQueryDto } from '../memo/dto/list.dto';
import { BulkApproval, BulkOutcome, isRefused } from './bulk-approval';
import { BulkApproveDto } from './dto/bulk-approve.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly bulk: BulkApproval,
  ) {}

  @SignedIn()
  @Get('inbox')
  @ApiOperation({ summary: 'Memos waiting for me (urgent first, then oldest)' })
  waiting(@CurrentActor() actor: Actor, @Query() q: PageQueryDto) {
    return this.inbox.inbox(actor, q);
  }

  @SignedIn()
  @Get('inbox/count')
  @ApiOperation({ summary: 'How many items wait for me (the length of GET /api/inbox)' })
  async count(@CurrentActor() actor: Actor): Promise<{ count: number }> {
    return { count: await this.inbox.count(actor) };
  }

  @Can('approve')
  @Post('inbox/bulk-approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve several memos with one เกษียน, each on its own (at most 20)',
    description:
      'Each item as POST /api/memos/:id/approve. Result per item, in the order given: ' +
      '`{ id, status, version }` with the memo status (`in_review`, `approved`) when approved, ' +
      'or `{ id, status, code, message }` with the HTTP status (409, 404, 403…) when refused.',
  })
  async bulkApprove(@CurrentActor() actor: Actor, @Body() dto: BulkApproveDto) {
    const outcomes = await this.bulk.approve(actor, dto.items, dto.note);
    return { results: outcomes.map(toResult) };
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

/** The contract's `{ id, status, code? }`: the memo's status, or the refusal's HTTP status. */
const toResult = (o: BulkOutcome) =>
  isRefused(o)
    ? { id: o.id, status: o.status, code: o.code, message: o.message }
    : { id: o.id, status: o.status, version: o.version };
