import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../common/auth/actor';
import { OptionalActor, Public } from '../common/auth/decorators';
import { OptionalJwtGuard } from '../common/auth/optional-jwt.guard';
import type { ActionPage } from './action-page';
import { ActionLinksService } from './action-links.service';
import { ActionFormDto } from './dto/action-form.dto';

/**
 * Public: the one-tap approval link e-mailed to the approver a step waits on; its token is the
 * credential. A signed-in session is read only to refuse someone else's (403).
 */
@ApiTags('action-links')
@Controller('act')
export class ActionLinksController {
  constructor(private readonly links: ActionLinksService) {}

  /** The memo and a confirm button; changes nothing (mail scanners open links). */
  @Public()
  @UseGuards(OptionalJwtGuard)
  @Get(':token')
  async show(
    @Param('token') token: string,
    @OptionalActor() viewer: Actor | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return send(res, await this.links.show(token, viewer, req.ip));
  }

  /** Approves the step as the link's recipient; 410 once used, expired or overtaken. */
  @Public()
  @UseGuards(OptionalJwtGuard)
  @Post(':token')
  @HttpCode(200)
  async act(
    @Param('token') token: string,
    @OptionalActor() viewer: Actor | undefined,
    @Body() form: ActionFormDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return send(res, await this.links.act(token, viewer, form, req.ip));
  }
}

function send(res: Response, page: ActionPage): string {
  res.status(page.status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  return page.html;
}
