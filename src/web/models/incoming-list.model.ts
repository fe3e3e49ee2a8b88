import { bangkokMidnight } from '../../common/thai/bangkok-time';
import type { IncomingQueries } from '../../incoming/incoming-queries.service';
import { SECRECIES, SECRECY_TH, URGENCIES, URGENCY_TH } from '../../memo/memo.enums';
import { thaiDateTime, thaiShortDate } from '../format';
import { badgesOf } from './memo-list.model';
import type { Flash } from '../views/layout.view';

type ListPage = Awaited<ReturnType<IncomingQueries['list']>>;

/** A row of the incoming register's page; a masked secret letter has no link and no details. */
export interface LetterRow {
  href: string;
  receiveNumber: string;
  subject: string;
  masked: boolean;
  urgent: boolean;
  urgencyLabel: string;
  urgencyClass: string;
  secrecyLabel: string;
  secrecyClass: string;
  statusLabel: string;
  statusClass: string;
  fromAgency: string;
  theirNumber: string;
  theirDate: string;
  receivedAt: string;
}

export const letterRows = (page: ListPage): LetterRow[] =>
  page.items.map((l) => {
    const masked = l.masked;
    // A masked letter shows its number only: no badges, no status.
    const badges = masked
      ? { ...badgesOf({ ...l, urgency: 'normal', secrecy: 'normal' }), statusLabel: '' }
      : badgesOf(l);
    return {
      href: masked ? '' : `/incoming/${l.id}`,
      receiveNumber: l.receiveNumber,
      subject: l.subject,
      masked,
      ...badges,
      fromAgency: l.fromAgency,
      theirNumber: l.theirNumber,
      theirDate: l.theirDate ? thaiShortDate(bangkokMidnight(l.theirDate)) : '',
      receivedAt: thaiDateTime(new Date(l.receivedAt)),
    };
  });

/** The receive form: the number it will most likely get, and the choices. */
export const receiveForm = (nextNumber: string, directorTitle: string) => ({
  nextNumber,
  to: directorTitle,
  urgencies: URGENCIES.map((u) => ({ value: u, label: URGENCY_TH[u], selected: u === 'normal' })),
  secrecies: SECRECIES.map((s) => ({ value: s, label: SECRECY_TH[s], checked: s === 'normal' })),
});

export type ReceiveForm = ReturnType<typeof receiveForm>;

const DONE: Record<string, Flash> = {
  receive: { kind: 'ok', text: 'ลงรับหนังสือแล้ว' },
  forward: { kind: 'ok', text: 'ส่งต่อผู้บริหารแล้ว' },
  endorse: { kind: 'ok', text: 'บันทึกการสั่งการแล้ว' },
  assign: { kind: 'ok', text: 'มอบหมายผู้รับผิดชอบแล้ว' },
  acknowledge: { kind: 'ok', text: 'รับทราบแล้ว' },
  close: { kind: 'ok', text: 'บันทึกการปฏิบัติแล้ว' },
  'circulation-acknowledge': { kind: 'ok', text: 'บันทึกการรับทราบแล้ว' },
  remind: { kind: 'ok', text: 'ส่งการแจ้งเตือนถึงผู้ที่ยังไม่รับทราบแล้ว' },
  'remind-too-soon': {
    kind: 'error',
    text: 'เตือนผู้ที่ยังไม่รับทราบได้ชั่วโมงละหนึ่งครั้ง กรุณาลองใหม่ภายหลัง',
  },
  'task-done': { kind: 'ok', text: 'บันทึกว่างานเสร็จแล้ว' },
  'task-already-done': { kind: 'error', text: 'งานนี้มีผู้บันทึกว่าเสร็จแล้ว' },
};

/** The confirmation after an action on a letter (`?done=…`); unknown keys show nothing. */
export const letterFlash = (done: unknown): Flash | undefined =>
  typeof done === 'string' ? DONE[done] : undefined;
