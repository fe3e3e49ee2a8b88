import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { CirculationService } from './circulation.service';
import { CirculationQueryDto } from './dto/circulation.dto';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('api')
export class CirculationController {
  constructor(private readonly circulation: CirculationService) {}

  @Can('acknowledgeCirculation')
  @Get('circulation')
  @ApiOperation({ summary: 'หนังสือเวียนรอรับทราบ: memos circulated to the caller' })
  toRead(@CurrentActor() actor: Actor, @Query() q: CirculationQueryDto) {
    return this.circulation.toRead(actor, q);
  }

  @Can('acknowledgeCirculation')
  @Get('memos/:id/circulation')
  @ApiOperation({ summary: 'Who has read it: its author, executives, the author’s group head' })
  ofMemo(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.ofMemo(actor, id);
  }

  @Can('acknowledgeCirculation')
  @Post('memos/:id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'รับทราบ, once: a second call answers the first time' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.acknowledge(actor, id);
  }

  @Can('draft')
  @Post('memos/:id/circulation/remind')
  @HttpCode(200)
  @ApiOperation({ summary: 'The author reminds who has not read it; once an hour (else 429)' })
  remind(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.remind(actor, id);
  }
}
