import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { notFound } from '../../common/errors/domain-error';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { DelegationService } from '../../org/delegation.service';
import { OrgService } from '../../org/org.service';
import {
  ActiveFormDto,
  ConfirmFormDto,
  DelegationFormDto,
  GroupFormDto,
  UserFormDto,
} from '../dto/admin.dto';
import {
  adminPage,
  delegationInput,
  revokeConfirmation,
  suspendConfirmation,
  userInput,
  type ConfirmModel,
} from '../models/admin.model';
import type { AdminUndo } from '../views/pages/admin.view';
import type { Flash } from '../views/layout.view';
import { WebController } from '../web-controller';
import { AdminPageRenderer } from './admin-page';

const DONE: Record<string, Flash> = {
  user: { kind: 'ok', text: 'เพิ่มผู้ใช้แล้ว' },
  active: { kind: 'ok', text: 'ปรับสถานะผู้ใช้แล้ว' },
  group: { kind: 'ok', text: 'บันทึกผู้รับผิดชอบกลุ่มแล้ว' },
  delegation: { kind: 'ok', text: 'บันทึกการมอบอำนาจแล้ว' },
  revoke: { kind: 'ok', text: 'ยกเลิกการมอบอำนาจแล้ว' },
  restored: { kind: 'ok', text: 'คืนการมอบอำนาจแล้ว' },
  emblem: { kind: 'ok', text: 'บันทึกตราครุฑของหน่วยงานแล้ว เอกสารต่อจากนี้จะพิมพ์ตรานี้' },
  'emblem-removed': { kind: 'ok', text: 'กลับไปใช้ตราครุฑค่าเริ่มต้นของระบบแล้ว' },
};

const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

/** A positive id from the query string (the undo message's subject), else undefined. */
const queryId = (value: unknown): number | undefined =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;

/** Users, groups, delegations and the office's Garuda, for the office's administrator. */
@WebController('admin')
export class AdminPagesController {
  constructor(
    private readonly org: OrgService,
    private readonly delegations: DelegationService,
    private readonly admin: AdminPageRenderer,
  ) {}

  @Can('administer')
  @Get()
  async show(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response) {
    const done = typeof req.query.done === 'string' ? DONE[req.query.done] : undefined;
    const undo = await this.undoOf(actor, req);
    await this.admin.page(actor, req, res, { undo }, 200, undo ? undefined : done);
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
    if (errors.length > 0) return this.admin.page(actor, req, res, { errors }, 400);
    await this.org.createUser(actor, dto);
    res.redirect(303, '/admin?done=user#users');
  }

  /** Suspending asks first (the form without `confirmed`); re-activating does not. */
  @Can('administer')
  @Post('users/:id/active')
  async setActive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: ActiveFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const active = form.active === '1';
    if (!active && form.confirmed !== '1') {
      const [user, groups] = await Promise.all([
        this.org.getUser(actor, id),
        this.org.listGroups(actor),
      ]);
      const confirm = suspendConfirmation(user, groups);
      if (confirm) return this.admin.confirm(req, res, confirm);
    }
    await this.org.updateUser(actor, id, { active });
    res.redirect(303, `/admin?done=${active ? 'active' : 'suspended'}&user=${id}#users`);
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
    if (errors.length > 0) return this.admin.page(actor, req, res, { errors }, 400);
    await this.delegations.create(actor, dto);
    res.redirect(303, '/admin?done=delegation#delegations');
  }

  /** Asks first (the form without `confirmed`), naming the delegation and what stops. */
  @Can('administer')
  @Post('delegations/:id/revoke')
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: ConfirmFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (form.confirmed !== '1') {
      const confirm = await this.revokeConfirmation(actor, id);
      if (confirm) return this.admin.confirm(req, res, confirm);
    }
    await this.delegations.revoke(actor, id);
    res.redirect(303, `/admin?done=revoked&delegation=${id}#delegations`);
  }

  /** The undo of a revocation made by mistake. */
  @Can('administer')
  @Post('delegations/:id/restore')
  async restore(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.delegations.restore(actor, id);
    res.redirect(303, '/admin?done=restored#delegations');
  }

  private async revokeConfirmation(actor: Actor, id: number): Promise<ConfirmModel | undefined> {
    const [users, groups, delegations] = await Promise.all([
      this.org.listUsers(actor),
      this.org.listGroups(actor),
      this.delegations.list(actor),
    ]);
    const delegation = delegations.find((d) => d.id === id);
    const row = adminPage(users, groups, delegations).delegations.find((d) => d.id === id);
    if (!delegation || !row) throw notFound();
    return revokeConfirmation(row, delegation.groupId);
  }

  /** "ระงับ … แล้ว" with a button that undoes it, after a suspension or a revocation. */
  private async undoOf(actor: Actor, req: Request): Promise<AdminUndo | undefined> {
    const userId = queryId(req.query.user);
    if (req.query.done === 'suspended' && userId !== undefined) {
      const user = await this.org.getUser(actor, userId).catch(() => undefined);
      if (user && !user.active) return { user: { id: user.id, name: user.name } };
    }
    const delegationId = queryId(req.query.delegation);
    if (req.query.done === 'revoked' && delegationId !== undefined) {
      const found = (await this.delegations.list(actor)).find((d) => d.id === delegationId);
      if (found?.revokedAt) {
        return { delegation: { id: found.id, name: found.delegate ?? '' } };
      }
    }
    return undefined;
  }
}
