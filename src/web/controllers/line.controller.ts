import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, SignedIn } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { isLinkToken, LineLinks } from '../../line/line-links.service';
import { OrgService } from '../../org/org.service';
import { LineLinkTokenDto } from '../dto/line.dto';
import { thaiDateTime } from '../format';
import { lineLinkView } from '../views/pages/line-link.view';
import { lineView } from '../views/pages/line.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

/** The person's LINE link: its state, the confirmation the link URL opens, unlinking. */
@WebController('line')
export class LinePagesController {
  constructor(
    private readonly links: LineLinks,
    private readonly org: OrgService,
    private readonly pages: WebPages,
  ) {}

  @SignedIn()
  @Get()
  async show(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response) {
    const status = await this.links.status(actor);
    const unlinked = req.query.done === 'unlinked';
    await this.pages.render(
      req,
      res,
      lineView,
      'การแจ้งเตือนทาง LINE',
      { ...status, linkedAt: thaiDateTime(status.linkedAt) },
      { flash: unlinked ? { kind: 'ok', text: 'ยกเลิกการเชื่อมบัญชี LINE แล้ว' } : undefined },
    );
  }

  /** What the link URL LINE sent opens: nothing changes until the person confirms. */
  @SignedIn()
  @Get('link')
  async confirm(
    @CurrentActor() actor: Actor,
    @Query() q: LineLinkTokenDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const status = await this.links.status(actor);
    if (!status.configured) throw new DomainError('LINE_NOT_CONFIGURED');
    if (!isLinkToken(q.linkToken)) throw new DomainError('LINE_LINK_TOKEN_INVALID');
    const me = await this.org.me(actor);
    res.setHeader('Cache-Control', 'no-store');
    await this.pages.render(req, res, lineLinkView, 'ยืนยันการเชื่อมบัญชี LINE', {
      linkToken: q.linkToken,
      name: me.user.name,
      office: me.organization.shortName ?? me.organization.name,
      replacing: status.linked,
    });
  }

  /** Confirmed: on to LINE's page with a nonce bound to this person. */
  @SignedIn()
  @Post('link')
  async link(
    @CurrentActor() actor: Actor,
    @Body() form: LineLinkTokenDto,
    @Res() res: Response,
  ): Promise<void> {
    res.redirect(303, await this.links.start(actor, form.linkToken));
  }

  @SignedIn()
  @Post('unlink')
  async unlink(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    await this.links.unlink(actor);
    res.redirect(303, '/line?done=unlinked');
  }
}
