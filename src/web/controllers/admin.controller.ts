import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { DelegationService } from '../../org/delegation.service';
import { OrgService } from '../../org/org.service';
import { DocumentRenderer } from '../../rendering/document-renderer';
import { ActiveFormDto, DelegationFormDto, GroupFormDto, UserFormDto } from '../dto/admin.dto';
import { adminPage, delegationInput, userInput } from '../models/admin.model';
import { adminView, type AdminModel } from '../views/pages/admin.view';
import type { Flash } from '../views/layout.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const DONE: Record<string, Flash> = {
  user: { kind: 'ok', text: 'เพิ่มผู้ใช้แล้ว' },
  active: { kind: 'ok', text: 'ปรับสถานะผู้ใช้แล้ว' },
  group: { kind: 'ok', text: 'บันทึกผู้รับผิดชอบกลุ่มแล้ว' },
  delegation: { kind: 'ok', text: 'บันทึกการมอบอำนาจแล้ว' },
  revoke: { kind: 'ok', text: 'ยกเลิกการมอบอำนาจแล้ว' },
};

const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

/** Users, groups and delegations, for the office's administrator. */
@WebController('admin')
export class AdminPagesController {
  constructor(
    private readonly org: OrgService,
    private readonly delegations: DelegationService,
    private readonly pages: WebPages,
    private readonly renderer: DocumentRenderer,
  ) {}

  @Can('administer')
  @Get()
  async show(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response) {
    const done = typeof req.query.done === 'string' ? DONE[req.query.done] : undefined;
    await this.page(actor, req, res, [], 200, done);
  }

  @Can('administer')
  @Post('users')
  async createUser(
    @CurrentActor() actor: Actor,
    @Body() form: UserFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { dto, errors } = await userInput(form);
    if (errors.length > 0) return this.page(actor, req, res, errors, 400);
    await this.org.createUser(actor, dto);
    res.redirect(303, '/admin?done=user#users');
  }

  @Can('administer')
  @Post('users/:id/active')
  async setActive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: ActiveFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.org.updateUser(actor, id, { active: form.active === '1' });
    res.redirect(303, '/admin?done=active#users');
  }

  @Can('administer')
  @Post('groups/:id')
  async setGroup(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: GroupFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.org.updateGroup(actor, id, {
      headUserId: idOrNull(form.headUserId),
      deputyUserId: idOrNull(form.deputyUserId),
    });
    res.redirect(303, '/admin?done=group#groups');
  }

  @Can('administer')
  @Post('delegations')
  async createDelegation(
    @CurrentActor() actor: Actor,
    @Body() form: DelegationFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { dto, errors } = await delegationInput(form);
    if (errors.length > 0) return this.page(actor, req, res, errors, 400);
    await this.delegations.create(actor, dto);
    res.redirect(303, '/admin?done=delegation#delegations');
  }

  @Can('administer')
  @Post('delegations/:id/revoke')
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.delegations.revoke(actor, id);
    res.redirect(303, '/admin?done=revoke#delegations');
  }

  /** The Garuda the documents print (issue 21, R3): the admin hears loudly of a placeholder. */
  private emblem(): AdminModel['emblem'] {
    const { emblem, sealing } = this.renderer.status();
    return { placeholder: emblem === 'placeholder', sealingRefused: sealing !== 'allowed' };
  }

  private async page(
    actor: Actor,
    req: Request,
    res: Response,
    errors: string[],
    status: number,
    flash?: Flash,
  ): Promise<void> {
    const [users, groups, delegations] = await Promise.all([
      this.org.listUsers(actor),
      this.org.listGroups(actor),
      this.delegations.list(actor),
    ]);
    await this.pages.render(
      req,
      res,
      adminView,
      'ผู้ดูแลระบบ',
      { ...adminPage(users, groups, delegations), errors, emblem: this.emblem() },
      { status, flash },
    );
  }
}
