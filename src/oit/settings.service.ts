import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import type { SurveyDto } from './dto/score.dto';
import type { AssignGroupDto, CreateRuleDto } from './dto/settings.dto';
import { OitRepository } from './oit.repository';
import {
  CompiledRule,
  compileRule,
  compileRuleSet,
  fitsOfficeBudget,
  InvalidRuleError,
  RuleTooComplexError,
} from './suggest/rule-matcher';

/** The coordinator's settings: matching rules, responsible groups, survey results. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly repo: OitRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async listRules(actor: Actor) {
    return { rules: (await this.repo.listRules(actor.orgId)).map(toRuleView) };
  }

  async createRule(actor: Actor, dto: CreateRuleDto) {
    const rule = checkedRule(dto);
    const { rules } = compileRuleSet(await this.repo.listRules(actor.orgId));
    if (!fitsOfficeBudget(rules, rule)) throw new DomainError('OIT_RULES_LIMIT');
    const saved = await this.tx.run((tx) =>
      this.repo.saveRule(tx, {
        orgId: actor.orgId,
        itemCode: dto.code,
        kind: dto.kind,
        pattern: dto.pattern.trim(),
        createdByUserId: actor.userId,
        createdAt: this.clock.now(),
      }),
    );
    return toRuleView(saved);
  }

  async deleteRule(actor: Actor, id: number): Promise<void> {
    await this.tx.run(async (tx) => {
      if (!(await this.repo.findRule(actor.orgId, id, tx))) throw notFound();
      await this.repo.deleteRule(tx, actor.orgId, id);
    });
  }

  async listAssignments(actor: Actor) {
    const rows = await this.repo.listAssignments(actor.orgId);
    return {
      assignments: rows.map((a) => ({
        code: a.itemCode,
        groupId: a.groupId,
        group: a.group?.name ?? null,
        updatedAt: a.updatedAt,
      })),
    };
  }

  async assign(actor: Actor, code: string, dto: AssignGroupDto) {
    await this.tx.run(async (tx) => {
      if (dto.groupId === null) return this.repo.deleteAssignment(tx, actor.orgId, code);
      if (!(await this.repo.findGroup(actor.orgId, dto.groupId, tx))) throw notFound();
      const existing = await this.repo.findAssignment(actor.orgId, code, tx);
      await this.repo.saveAssignment(tx, {
        ...(existing ? { id: existing.id } : {}),
        orgId: actor.orgId,
        itemCode: code,
        groupId: dto.groupId,
        updatedByUserId: actor.userId,
        updatedAt: this.clock.now(),
      });
    });
    return this.listAssignments(actor);
  }

  /** IIT and EIT as published by the survey; editable until the year is submitted. */
  async setSurvey(actor: Actor, fiscalYear: number, dto: SurveyDto) {
    const saved = await this.tx.run(async (tx) => {
      const year = await this.repo.lockOfficeYear(tx, actor.orgId, fiscalYear);
      if (year.submittedAt) throw new DomainError('OIT_ALREADY_SUBMITTED');
      return this.repo.saveOfficeYear(tx, {
        ...year,
        ...(dto.iit === undefined ? {} : { iit: dto.iit }),
        ...(dto.eit === undefined ? {} : { eit: dto.eit }),
        updatedAt: this.clock.now(),
      });
    });
    return { fiscalYear, iit: saved.iit, eit: saved.eit };
  }
}

/** The rule compiled, or the 400 that says why it cannot be used. */
function checkedRule(dto: CreateRuleDto): CompiledRule {
  try {
    return compileRule({ itemCode: dto.code, kind: dto.kind, pattern: dto.pattern });
  } catch (error) {
    if (error instanceof RuleTooComplexError) {
      throw new DomainError('OIT_RULE_TOO_COMPLEX', [error.message]);
    }
    if (error instanceof InvalidRuleError) {
      throw new DomainError('OIT_INVALID_RULE', [error.message]);
    }
    throw error;
  }
}

const toRuleView = (r: {
  id: number;
  itemCode: string;
  kind: string;
  pattern: string;
  createdAt: Date;
}) => ({
  id: r.id,
  code: r.itemCode,
  kind: r.kind,
  pattern: r.pattern,
  createdAt: r.createdAt,
});
