import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { AnyRole, CurrentActor, Roles } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApproveMemoDto, OptionalVersionDto, ReturnMemoDto } from './dto/transition.dto';
import { contentDisposition } from '../storage/file-types';
import { STAFF_ROLES } from '../org/roles';
import { PdfService } from './pdf.service';
import { WorkflowService } from './workflow.service';

const APPROVERS = ['group_head', 'deputy', 'director'] as const;

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/memos/:id')
export class WorkflowController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly pdfs: PdfService,
  ) {}

  @Roles(...STAFF_ROLES)
  @Post('submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft or returned memo into its approval chain' })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OptionalVersionDto,
  ) {
    return this.workflow.submit(actor, id, dto.version);
  }

  @Roles(...APPROVERS)
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
    return this.workflow.approve(actor, id, dto.version, dto.note);
  }

  @Roles(...APPROVERS)
  @Post('return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send back to the author for revision (ส่งกลับแก้ไข)' })
  sendBack(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReturnMemoDto,
  ) {
    return this.workflow.sendBack(actor, id, 'return', dto.note, dto.version);
  }

  @Roles(...APPROVERS)
  @Post('reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse the memo (ไม่อนุมัติ); it ends here' })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReturnMemoDto,
  ) {
    return this.workflow.sendBack(actor, id, 'reject', dto.note, dto.version);
  }

  @Roles(...STAFF_ROLES)
  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'The author pulls the memo back before any approval in this round' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OptionalVersionDto,
  ) {
    return this.workflow.withdraw(actor, id, dto.version);
  }

  @AnyRole()
  @Get('pdf')
  @ApiOperation({ summary: 'The sealed PDF once approved; a ร่าง preview before' })
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<StreamableFile> {
    return this.asFile(await this.pdfs.memoPdf(actor, id));
  }

  @AnyRole()
  @Get('issuance/pdf')
  @ApiOperation({
    summary: 'The attached announcement or order: sealed once issued, a preview before',
  })
  async issuancePdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<StreamableFile> {
    return this.asFile(await this.pdfs.issuancePdf(actor, id));
  }

  private asFile(pdf: { bytes: Buffer; fileName: string; sealed: boolean }): StreamableFile {
    return new StreamableFile(pdf.bytes, {
      type: 'application/pdf',
      disposition: contentDisposition(true, pdf.fileName),
      length: pdf.bytes.length,
    });
  }
}
