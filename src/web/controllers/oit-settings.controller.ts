import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG, type ErrorCode } from '../../common/errors/error-codes';
import { fiscalYear } from '../../common/thai/thai-format';
import { CatalogService } from '../../oit/catalog/catalog.service';
import { CreateRuleDto } from '../../oit/dto/settings.dto';
import { SettingsService } from '../../oit/settings.service';
import { OrgService } from '../../org/org.service';
import { AssignFormDto } from '../dto/oit-coordinator.dto';
import { SettingsQueryDto } from '../dto/oit.dto';
import { oitSettingsPage, type TypedRule } from '../models/oit-settings.model';
import type { Flash } from '../views/layout.view';
import { oitSettingsView } from '../views/pages/oit-settings.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PATTERN_ERRORS = new Set<ErrorCode>([
  'OIT_INVALID_RULE',
  'OIT_RULE_TOO_COMPLEX',
  'OIT_RULES_LIMIT',
]);

const DONE: Record<string, Flash> = {
  rule: { kind: 'ok', text: 'เพิ่มเงื่อนไขแล้ว' },
  unrule: { kind: 'ok', text: 'ลบเงื่อนไขแล้ว' },
  assign: { kind: 'ok', text: 'บันทึกผู้รับผิดชอบแล้ว' },
};

/** Matching rules and responsible groups: the office's settings, whatever the year. */
@WebController('oit')
export class OitSettingsPagesController {
  constructor(
    private readonly settings: SettingsService,
    private readonly catalogs: CatalogService,
    private readonly org: OrgService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('manageOit')
  @Get('settings')
  async page(
    @CurrentActor() actor: Actor,
    @Query() q: SettingsQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.show(actor, req, res, { flash: q.done ? DONE[q.done] : undefined });
  }

  private async show(
    actor: Actor,
    req: Request,
    res: Response,
    options: { flash?: Flash; typed?: TypedRule; status?: number },
  ): Promise<void> {
    const [catalog, rules, assignments, groups] = await Promise.all([
      this.catalogs.resolve(actor.orgId, fiscalYear(this.clock.now())),
      this.settings.listRules(actor),
      this.settings.listAssignments(actor),
      this.org.listGroups(actor),
    ]);
    const model = oitSettingsPage(
      catalog.items,
      rules.rules,
      assignments.assignments,
      groups,
      options.typed,
    );
    await this.pages.render(req, res, oitSettingsView, 'ตั้งค่า OIT', model, {
      flash: options.flash,
      status: options.status,
    });
  }

  @Can('manageOit')
  @Post('rules')
  async createRule(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateRuleDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.settings.createRule(actor, dto);
    } catch (error) {
      // A pattern the office cannot use is a typing matter: answered beside the field, as typed.
      if (!(error instanceof DomainError) || !PATTERN_ERRORS.has(error.code)) throw error;
      const message = ERROR_CATALOG[error.code].th;
      const typed = { values: dto, errors: [{ field: 'rule-pattern', message }] };
      return this.show(actor, req, res, { typed, status: error.status });
    }
    res.redirect(303, '/oit/settings?done=rule#rules');
  }

  @Can('manageOit')
  @Post('rules/:id/delete')
  async deleteRule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.settings.deleteRule(actor, id);
    res.redirect(303, '/oit/settings?done=unrule#rules');
  }

  @Can('manageOit')
  @Post('assignments')
  async assign(
    @CurrentActor() actor: Actor,
    @Body() dto: AssignFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.settings.assign(actor, dto.code, { groupId: dto.groupId ?? null });
    res.redirect(303, '/oit/settings?done=assign#groups');
  }
}
