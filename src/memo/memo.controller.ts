import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { contentDisposition } from '../storage/file-types';
import type { UploadedFile as Upload } from '../storage/upload';
import { AttachmentService } from './attachment.service';
import { CreateMemoDto, UpdateMemoDto } from './dto/memo.dto';
import { MemoService } from './memo.service';

@ApiTags('memos')
@ApiBearerAuth()
@Controller('api/memos')
export class MemoController {
  constructor(
    private readonly memos: MemoService,
    private readonly attachments: AttachmentService,
  ) {}

  @Can('draft')
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMemoDto) {
    return this.memos.create(actor, dto);
  }

  @SignedIn()
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.memos.get(actor, id);
  }

  @Can('draft')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateMemoDto,
  ) {
    return this.memos.update(actor, id, dto);
  }

  @Can('draft')
  @Post(':id/attachments')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  attach(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.attachments.add(actor, id, file);
  }

  @SignedIn()
  @Get(':id/attachments/:attachmentId')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('attachmentId', ParseIdPipe) attachmentId: number,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.attachments.download(actor, id, attachmentId);
    return new StreamableFile(bytes, {
      type: attachment.mimeType,
      disposition: contentDisposition(false, attachment.fileName),
      length: bytes.length,
    });
  }

  @Can('draft')
  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  async detach(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('attachmentId', ParseIdPipe) attachmentId: number,
  ): Promise<void> {
    await this.attachments.remove(actor, id, attachmentId);
  }
}
