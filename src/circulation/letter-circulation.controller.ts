import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { LetterCirculationService } from './letter-circulation.service';

/**
 * An endorsed incoming letter's circulation. Not POST /api/incoming/:id/acknowledge: that one
 * is the assignee taking up the letter's assignment.
 */
@ApiTags('circulation')
@ApiBearerAuth()
@Controller('api/incoming/:id/circulation')
export class LetterCirculationController {
  constructor(private readonly circulation: LetterCirculationService) {}

  @Can('acknowledgeCirculation')
  @Get()
  @ApiOperation({ summary: 'Who has read it: the executives and the registry desk' })
  ofLetter(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.ofLetter(actor, id);
  }

  @Can('acknowledgeCirculation')
  @Post('acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'รับทราบ, once: a second call answers the first time' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.acknowledge(actor, id);
  }

  @Can('acknowledgeCirculation')
  @Post('remind')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reminds who has not read it; once an hour (else 429)' })
  remind(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.circulation.remind(actor, id);
  }
}
