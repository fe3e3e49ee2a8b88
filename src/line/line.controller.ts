import {
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Post,
  RawBodyRequest,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, Public, SignedIn } from '../common/auth/decorators';
import { LineLinks } from './line-links.service';
import { LineWebhook } from './line-webhook.service';

/** The path whose body app.setup.ts keeps raw, for the signature. */
export const LINE_WEBHOOK_PATH = '/api/line/webhook';

@ApiTags('line')
@Controller('api/line')
export class LineController {
  constructor(
    private readonly webhook: LineWebhook,
    private readonly links: LineLinks,
  ) {}

  /** LINE's webhook, signed with the channel secret (X-Line-Signature) instead of a session. */
  @Public()
  @Post('webhook')
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Headers('x-line-signature') signature: string | undefined,
  ): Promise<Record<string, never>> {
    await this.webhook.receive(req.rawBody, signature);
    return {};
  }

  @ApiBearerAuth()
  @SignedIn()
  @Get('link')
  status(@CurrentActor() actor: Actor) {
    return this.links.status(actor);
  }

  @ApiBearerAuth()
  @SignedIn()
  @Delete('link')
  unlink(@CurrentActor() actor: Actor) {
    return this.links.unlink(actor);
  }
}
