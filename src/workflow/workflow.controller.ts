import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApproveMemoDto, OptionalVersionDto, ReturnMemoDto } from './dto/transition.dto';
import { ApproveStep } from './transitions/approve-step.use-case';
import { SendBack } from './transitions/send-back.use-case';
import { SubmitMemo } from './transitions/submit-memo.use-case';
import { WithdrawMemo } from './transitions/withdraw-memo.use-case';

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/memos/:id')
export class WorkflowController {
  constructor(
    private readonly submitMemo: SubmitMemo,
    private readonly approveStep: ApproveStep,
    private readonly sendBackMemo: SendBack,
    private readonly withdrawMemo: WithdrawMemo,
  ) {}

  @Can('draft')
  @Post('submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft or returned memo into its approval chain' })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OptionalVersionDto,
  ) {
    return this.submitMemo.execute(actor, id, dto.version);
  }

  @Can('approve')
  @Post('approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Endorse (เกษียน) the current step; the last step approves and registers',
  })
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ApproveMemoDto,
  ) {
    return this.approveStep.execute(actor, id, dto.version, dto.note);
  }

  @Can('approve')
  @Post('return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send back to the author for revision (ส่งกลับแก้ไข)' })
  sendBack(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReturnMemoDto,
  ) {
    return this.sendBackMemo.execute(actor, id, 'return', dto.note, dto.version);
  }

  @Can('approve')
  @Post('reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse the memo (ไม่อนุมัติ); it ends here' })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReturnMemoDto,
  ) {
    return this.sendBackMemo.execute(actor, id, 'reject', dto.note, dto.version);
  }

  @Can('draft')
  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'The author pulls the memo back before any approval in this round' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OptionalVersionDto,
  ) {
    return this.withdrawMemo.execute(actor, id, dto.version);
  }
}
