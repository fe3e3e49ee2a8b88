import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import type { UploadedFile as Upload } from '../storage/upload';
import { OutsideDocumentDto, ReservedEntryParams, ReserveDto } from './dto/outside.dto';
import { RegisterEntryParams, RegisterParams } from './dto/register-params.dto';
import { OutsideNumbers } from './outside-numbers.service';

/** Numbers for documents made outside Saraban, and reserved numbers (จองเลข). */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('api/registers')
export class OutsideNumbersController {
  constructor(private readonly numbers: OutsideNumbers) {}

  @Can('numberOutside')
  @Post(':register/entries')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  register(
    @CurrentActor() actor: Actor,
    @Param() p: RegisterParams,
    @Body() dto: OutsideDocumentDto,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.numbers.registerOutside(actor, p.register, dto, file);
  }

  @Can('numberOutside')
  @Post(':register/reserve')
  reserve(@CurrentActor() actor: Actor, @Param() p: RegisterParams, @Body() dto: ReserveDto) {
    return this.numbers.reserve(actor, p.register, dto.count, dto.note);
  }

  @Can('numberOutside')
  @Post(':register/entries/:seq/use')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  use(
    @CurrentActor() actor: Actor,
    @Param() p: ReservedEntryParams,
    @Body() dto: OutsideDocumentDto,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.numbers.useReserved(actor, p.register, p.seq, dto, file);
  }

  @Can('viewRegisters')
  @Get(':register/:year/:seq/file')
  async file(@CurrentActor() actor: Actor, @Param() p: RegisterEntryParams) {
    const f = await this.numbers.file(actor, p.register, p.year, p.seq);
    return new StreamableFile(f.bytes, {
      type: 'application/pdf',
      length: f.bytes.length,
      disposition: `attachment; filename="register-${p.register}-${p.year}-${p.seq}.pdf"`,
    });
  }
}
