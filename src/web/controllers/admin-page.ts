import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { DelegationService } from '../../org/delegation.service';
import { OfficeEmblemService } from '../../org/office-emblem.service';
import { OrgService } from '../../org/org.service';
import { adminPage, emblemModel, type ConfirmModel } from '../models/admin.model';
import { adminConfirmView, adminView, type AdminUndo } from '../views/pages/admin.view';
import type { Flash } from '../views/layout.view';
import { WebPages } from '../web-pages';

/** What a page of the admin area carries besides its lists. */
export interface AdminPageExtras {
  errors?: string[];
  /** Why an emblem upload was refused, shown at the file field. */
  emblemError?: string;
  undo?: AdminUndo;
}

/** The admin page (users, groups, delegations, the office's Garuda) and its confirmation step. */
@Injectable()
export class AdminPageRenderer {
  constructor(
    private readonly org: OrgService,
    private readonly delegations: DelegationService,
    private readonly emblems: OfficeEmblemService,
    private readonly pages: WebPages,
  ) {}

  async page(
    actor: Actor,
    req: Request,
    res: Response,
    extras: AdminPageExtras,
    status: number,
    flash?: Flash,
  ): Promise<void> {
    const [users, groups, delegations, emblem] = await Promise.all([
      this.org.listUsers(actor),
      this.org.listGroups(actor),
      this.delegations.list(actor),
      this.emblems.status(actor.orgId),
    ]);
    await this.pages.render(
      req,
      res,
      adminView,
      'ผู้ดูแลระบบ',
      {
        ...adminPage(users, groups, delegations),
        errors: extras.errors ?? [],
        emblem: emblemModel(emblem, extras.emblemError),
        undo: extras.undo,
      },
      { status, flash },
    );
  }

  async confirm(req: Request, res: Response, model: ConfirmModel): Promise<void> {
    await this.pages.render(req, res, adminConfirmView, model.heading, model);
  }
}
