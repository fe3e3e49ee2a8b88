import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { contentDisposition } from '../storage/file-types';
import type { UploadedFile as Upload } from '../storage/upload';
import { AssignIncoming } from './assignment.service';
import {
  AcknowledgeIncomingDto,
  AssignIncomingDto,
  CloseIncomingDto,
  EndorseIncomingDto,
  ForwardIncomingDto,
  ListIncomingQueryDto,
  ReceiveIncomingDto,
} from './dto/incoming.dto';
import { IncomingQueries } from './incoming-queries.service';
import { ReceiveIncoming } from './receive.service';
import { RouteIncoming } from './routing.service';

/** หนังสือรับ: receive, propose, endorse, assign, act; read under the letter's rule. */
@ApiTags('incoming')
@ApiBearerAuth()
@Controller('api/incoming')
export class IncomingController {
  constructor(
    private readonly receiving: ReceiveIncoming,
    private readonly routing: RouteIncoming,
    private readonly assigning: AssignIncoming,
    private readonly queries: IncomingQueries,
  ) {}

  @Can('receiveIncoming')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('application/json', 'multipart/form-data')
  receive(
    @CurrentActor() actor: Actor,
    @Body() dto: ReceiveIncomingDto,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.receiving.receive(actor, dto, file);
  }

  @Can('handleIncoming')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: ListIncomingQueryDto) {
    return this.queries.list(actor, q);
  }

  @Can('receiveIncoming')
  @Post(':id/files')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  addFile(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.receiving.addFile(actor, id, file);
  }

  @Can('handleIncoming')
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.queries.get(actor, id);
  }

  @Can('handleIncoming')
  @Get(':id/stamped.pdf')
  async stamped(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<StreamableFile> {
    const pdf = await this.queries.stamped(actor, id);
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
  }

  @Can('handleIncoming')
  @Get(':id/files/:fileId')
  async file(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('fileId', ParseIdPipe) fileId: number,
  ): Promise<StreamableFile> {
    const file = await this.queries.file(actor, id, fileId);
    return new StreamableFile(file.bytes, {
      type: file.mimeType,
      length: file.bytes.length,
      disposition: contentDisposition(false, file.fileName),
    });
  }

  @Can('receiveIncoming')
  @Post(':id/forward')
  @HttpCode(200)
  forward(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ForwardIncomingDto,
  ) {
    return this.routing.forward(actor, id, dto);
  }

  @Can('endorseIncoming')
  @Post(':id/endorse')
  @HttpCode(200)
  endorse(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: EndorseIncomingDto,
  ) {
    return this.routing.endorse(actor, id, dto);
  }

  @Can('handleIncoming')
  @Post(':id/assign')
  @HttpCode(200)
  assign(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: AssignIncomingDto,
  ) {
    return this.assigning.assign(actor, id, dto);
  }

  @Can('handleIncoming')
  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: AcknowledgeIncomingDto,
  ) {
    return this.assigning.acknowledge(actor, id, dto);
  }

  @Can('handleIncoming')
  @Post(':id/close')
  @HttpCode(200)
  close(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CloseIncomingDto,
  ) {
    return this.assigning.close(actor, id, dto);
  }
}
