import { Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LetterCirculationService } from '../../circulation/letter-circulation.service';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { WebController } from '../web-controller';
import { refusedAs } from './circulation.controller';

/** An endorsed letter's circulation on its page: รับทราบ, and reminding who has not. */
@WebController('incoming/:id/circulation')
export class IncomingCirculationPagesController {
  constructor(private readonly circulation: LetterCirculationService) {}

  @Can('acknowledgeCirculation')
  @Post('acknowledge')
  async acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.circulation.acknowledge(actor, id);
    res.redirect(303, `/incoming/${id}?done=circulation-acknowledge`);
  }

  @Can('acknowledgeCirculation')
  @Post('remind')
  async remind(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    const done = await this.circulation.remind(actor, id).then(
      () => 'remind',
      (error: unknown) => refusedAs(error, 'CIRCULATION_REMIND_TOO_SOON', 'remind-too-soon'),
    );
    res.redirect(303, `/incoming/${id}?done=${done}`);
  }
}
