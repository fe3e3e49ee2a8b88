import { Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { OrgService } from '../../org/org.service';
import { PageOnlyQueryDto } from '../dto/list.dto';
import { thaiCount, thaiDateTime } from '../format';
import { auditActionTh, auditEntity } from '../models/audit.model';
import { pagination } from '../models/memo-list.model';
import { auditView } from '../views/pages/audit.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PAGE_SIZE = 50;

/** The append-only audit trail and whether its hash chain is intact. */
@WebController('audit')
export class AuditPagesController {
  constructor(
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly pages: WebPages,
  ) {}

  @Can('viewAudit')
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: PageOnlyQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [page, chain, users] = await Promise.all([
      this.audit.list(actor, {}, q.page, PAGE_SIZE),
      this.audit.verify(actor.orgId),
      this.org.listUsers(actor),
    ]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    await this.pages.render(req, res, auditView, 'บันทึกการใช้งาน', {
      chain: {
        ok: chain.ok,
        text: chain.ok
          ? `ตรวจสอบห่วงโซ่แฮชแล้ว ถูกต้องครบ ${thaiCount(chain.events)} รายการ`
          : `ห่วงโซ่แฮชไม่ต่อเนื่อง เริ่มผิดปกติที่ลำดับ ${thaiCount(chain.brokenAt ?? 0)} กรุณาแจ้งผู้ดูแลระบบ`,
      },
      rows: page.items.map((e) => {
        const entity = auditEntity(e.entityType, e.entityId);
        return {
          seq: thaiCount(e.seq),
          at: thaiDateTime(e.at),
          who: e.actorUserId === null ? 'ระบบ' : (names.get(e.actorUserId) ?? 'ผู้ใช้ที่ถูกลบ'),
          action: auditActionTh(e.action),
          entity: entity.text,
          href: entity.href,
          hash: e.hash.slice(0, 12),
        };
      }),
      pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => `/audit?page=${n}`),
    });
  }
}
