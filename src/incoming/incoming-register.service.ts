import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { forbidden, notFound } from '../common/errors/domain-error';
import { seesOfficeWork } from '../memo/memo-access';
import { toCsv } from '../common/http/csv';
import { bangkokMidnight } from '../common/thai/bangkok-time';
import { formatThaiDate, thaiNumeral } from '../common/thai/thai-format';
import { URGENCY_TH } from '../memo/memo.enums';
import type { IncomingAssignment } from './incoming-assignment.entity';
import type { IncomingLetter } from './incoming-letter.entity';
import { ASSIGNMENT_STATE_TH, INCOMING_STATUS_TH } from './incoming.enums';
import { IncomingQueriesRepository } from './incoming-queries.repository';
import { IncomingQueries, MaskedLetter } from './incoming-queries.service';
import { IncomingRepository } from './incoming.repository';
import { toLetterRow } from './incoming.views';

/** The regulation's columns of the incoming register (ทะเบียนหนังสือรับ). */
export const INCOMING_REGISTER_COLUMNS = [
  'ทะเบียนรับ',
  'ที่',
  'ลงวันที่',
  'จาก',
  'ถึง',
  'เรื่อง',
  'การปฏิบัติ',
  'หมายเหตุ',
];

/** ทะเบียนหนังสือรับ per Buddhist-era year, for the registry desk and executives. */
@Injectable()
export class IncomingRegister {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly queries: IncomingQueriesRepository,
    private readonly letters: IncomingQueries,
  ) {}

  async list(actor: Actor, year: number, page: number, pageSize: number) {
    const [rows, total] = await this.queries.register(
      actor.orgId,
      year,
      (page - 1) * pageSize,
      pageSize,
    );
    const items = (await this.letters.masked(actor, rows)).map(toLetterRow);
    return {
      register: 'incoming',
      registerName: 'ทะเบียนหนังสือรับ',
      year,
      items,
      total,
      page,
      pageSize,
    };
  }

  /**
   * ทะเบียนรับของกลุ่ม: the letters a group received, by its own numbers. For the group's head,
   * the registry desk and the executives; secret letters off the viewer's path are masked.
   */
  async group(actor: Actor, groupId: number, year: number, page: number, pageSize: number) {
    const [group] = await this.repo.groups(actor.orgId, [groupId]);
    if (!group) throw notFound();
    if (group.headUserId !== actor.userId && !seesOfficeWork(actor)) throw forbidden();
    const [rows, total] = await this.queries.groupRegister(
      actor.orgId,
      groupId,
      year,
      (page - 1) * pageSize,
      pageSize,
    );
    const letters = await this.letters.masked(
      actor,
      rows.map((a) => a.letter as IncomingLetter),
    );
    const items = rows.map((a, i) => ({
      groupReceiveNumber: thaiNumeral(a.groupReceiveNumber),
      state: a.state,
      stateLabel: ASSIGNMENT_STATE_TH[a.state],
      dueAt: a.dueAt,
      doneAt: a.doneAt,
      action: letters[i].masked ? '' : a.actionNote,
      replyDocNumber: letters[i].masked ? null : a.replyDocNumber,
      letter: toLetterRow(letters[i]),
    }));
    const registerName = `ทะเบียนรับ ${group.name}`;
    return { register: 'group', groupId, registerName, year, items, total, page, pageSize };
  }

  async csv(actor: Actor, year: number): Promise<string> {
    const [rows] = await this.queries.register(actor.orgId, year);
    const letters = await this.letters.masked(actor, rows);
    const assignments = await this.repo.assignmentsOf(
      actor.orgId,
      letters.map((l) => l.id),
    );
    const groups = await this.repo.groups(actor.orgId, [
      ...new Set(assignments.map((a) => a.groupId)),
    ]);
    const groupName = new Map(groups.map((g) => [g.id, g.shortName || g.name]));
    const actionOf = (l: MaskedLetter) =>
      l.masked
        ? ''
        : assignments
            .filter((a) => a.letterId === l.id)
            .map((a) => `${groupName.get(a.groupId) ?? ''}: ${actionText(a)}`)
            .join('; ');
    return toCsv(
      INCOMING_REGISTER_COLUMNS,
      letters.map((l) => [
        thaiNumeral(l.receiveNumber),
        l.theirNumber,
        l.theirDate ? formatThaiDate(bangkokMidnight(l.theirDate)) : '',
        l.fromAgency,
        l.toLine,
        l.subject,
        actionOf(l),
        remarkOf(l),
      ]),
    );
  }
}

const actionText = (a: IncomingAssignment): string =>
  [ASSIGNMENT_STATE_TH[a.state], a.actionNote, a.replyDocNumber ? `ตอบที่ ${a.replyDocNumber}` : '']
    .filter(Boolean)
    .join(' ');

const remarkOf = (l: IncomingLetter): string =>
  [
    `รับ ${formatThaiDate(l.receivedAt)}`,
    INCOMING_STATUS_TH[l.status],
    l.urgency === 'normal' ? '' : URGENCY_TH[l.urgency],
  ]
    .filter(Boolean)
    .join(' ');
