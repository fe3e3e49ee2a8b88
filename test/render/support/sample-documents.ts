// The office's real memos, announcement and order (test/fixtures/samples.json) as the renderer's
// input, plus builders for the variants the tests need.
import samples from '../../fixtures/samples.json';
import type { CommitteeMember } from '../../../src/memo/issuance-content';
import type {
  RenderableDocument,
  RenderableIssuance,
  RenderableLetter,
  RenderableMemo,
} from '../../../src/rendering/document.model';

interface SampleMemo {
  kind: 'memo';
  department: string;
  number: string;
  date: string;
  subject: string;
  to: string;
  paragraphs: string[];
  author: { name: string; position: string };
  endorsements: Array<{
    by: string;
    position: string;
    note: string;
    date: string;
    capacity?: string;
  }>;
}

interface SampleIssuance {
  kind: 'announcement' | 'order';
  issuer: string;
  number?: string;
  date: string;
  subject: string;
  paragraphs: string[];
  signer: { name: string; position: string };
}

/** 09:00 in Bangkok on that calendar day. */
export const bangkok = (day: string, time = '09:00'): Date => new Date(`${day}T${time}:00+07:00`);

/** "ปฏิบัติราชการแทน ผู้อำนวยการ…" as the app prints it: the capacity, then the principal's post. */
const capacityLinesOf = (capacity: string): string[] => {
  const at = capacity.indexOf(' ');
  return at < 0 ? [capacity] : [capacity.slice(0, at), capacity.slice(at + 1)];
};

function fromMemo(s: SampleMemo): RenderableMemo {
  return {
    kind: 'memo',
    department: s.department,
    phone: '0 4251 1111',
    docNumber: s.number || 'ศธ ๐๔๓๐๕/',
    date: bangkok(s.date),
    subject: s.subject,
    to: s.to,
    references: [],
    paragraphs: s.paragraphs,
    urgency: 'normal',
    urgentBy: null,
    secrecy: 'normal',
    signature: {
      name: s.author.name,
      position: s.author.position,
      capacityLines: [],
      signedAt: bangkok(s.date, '08:15'),
    },
    endorsements: s.endorsements.map((e) => ({
      name: e.by,
      position: e.position,
      capacityLines: e.capacity ? capacityLinesOf(e.capacity) : [],
      signedAt: bangkok(e.date, '10:45'),
      note: e.note,
      date: bangkok(e.date),
    })),
    verification: null,
    draft: false,
  };
}

function fromIssuance(s: SampleIssuance): RenderableIssuance {
  return {
    kind: s.kind,
    issuer: s.issuer,
    number: s.number ?? null,
    subject: s.subject,
    paragraphs: s.paragraphs,
    structure: null,
    date: bangkok(s.date),
    signature: { ...s.signer, capacityLines: [], signedAt: bangkok(s.date, '14:30') },
    verification: null,
    draft: false,
  };
}

/** Every sample document, in file order. */
export function sampleDocuments(): RenderableDocument[] {
  return (samples.documents as Array<SampleMemo | SampleIssuance>).map((s) =>
    s.kind === 'memo' ? fromMemo(s) : fromIssuance(s),
  );
}

export function sampleMemos(): RenderableMemo[] {
  return sampleDocuments().filter((d): d is RenderableMemo => d.kind === 'memo');
}

export function sampleIssuance(kind: 'announcement' | 'order'): RenderableIssuance {
  const found = sampleDocuments().find((d): d is RenderableIssuance => d.kind === kind);
  if (!found) throw new Error(`No ${kind} in samples.json`);
  return found;
}

/** The first sample memo, registered, with overrides. */
export function memo(overrides: Partial<RenderableMemo> = {}): RenderableMemo {
  return { ...sampleMemos()[0], docNumber: 'ศธ ๐๔๓๐๕/๑๒๓', ...overrides };
}

/** A memo of `pages` pages (2 to 4): the sample's first two paragraphs repeated. */
export function longMemo(pages: number, overrides: Partial<RenderableMemo> = {}): RenderableMemo {
  const base = memo();
  const body = base.paragraphs.slice(0, 2);
  const paragraphs = Array.from({ length: pages * 5 - 2 }, (_, i) => body[i % 2]);
  return { ...base, paragraphs: [...paragraphs, base.paragraphs[3]], ...overrides };
}

/** `length` characters of `pattern`, repeated. */
const repeatTo = (pattern: string, length: number): string =>
  pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/** Thai with WORD JOINER between its letters and NBSP between its words: no break anywhere. */
const joined = (text: string): string =>
  [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)]
    .map((g) => g.segment)
    .join('\u2060');

/**
 * 300 characters each (the Thai one without its WORD JOINERs) with no break opportunity for far
 * more than a line: unless they wrap anywhere, the page clips them (issue 12, F6).
 */
export const UNBREAKABLE = {
  url: 'https://ita.nkp2.go.th/evidence?id=' + repeatTo('q7x2k9m4', 265),
  id: 'ITA' + repeatTo('7X2K9M40', 297),
  dots: '.'.repeat(300),
  thaiJoined: joined(repeatTo('สำนักงานเขตพื้นที่การศึกษา\u00a0', 300)),
};

/** The first sample memo with an unbreakable token in the subject, เรียน, อ้างถึง, body and a note. */
export function memoWithUnbreakableTokens(): RenderableMemo {
  const base = memo();
  return memo({
    subject: UNBREAKABLE.id,
    to: UNBREAKABLE.thaiJoined,
    references: [UNBREAKABLE.dots],
    paragraphs: [`ดูหลักฐานที่ ${UNBREAKABLE.url}`, ...base.paragraphs.slice(1)],
    endorsements: [{ ...base.endorsements[0], note: UNBREAKABLE.dots + UNBREAKABLE.id }],
  });
}

const OFFICE = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม';

/** A หนังสือภายนอก to the province, signed by a deputy ปฏิบัติราชการแทน, with overrides. */
export function letter(overrides: Partial<RenderableLetter> = {}): RenderableLetter {
  return {
    kind: 'letter',
    number: 'ศธ ๐๔๓๐๕/๑๒๓',
    officeName: OFFICE,
    address: 'ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม ๔๘๐๐๐',
    date: bangkok('2026-12-02'),
    subject: 'ขอส่งรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
    salutation: 'เรียน',
    to: 'ศึกษาธิการจังหวัดนครพนม',
    references: ['หนังสือสำนักงานศึกษาธิการจังหวัดนครพนม ที่ ศธ ๐๒๖๐/ว ๑๒๓๔ ลงวันที่ ๑๕ พฤศจิกายน ๒๕๖๙'],
    enclosures: ['รายงานผลการประเมิน จำนวน ๑ ฉบับ'],
    paragraphs: [
      'ตามที่ สำนักงานศึกษาธิการจังหวัดนครพนม ขอให้หน่วยงานทางการศึกษาในจังหวัดนครพนมรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ นั้น',
      'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม ได้ดำเนินการเรียบร้อยแล้ว จึงขอส่งรายงานผลการประเมินดังกล่าว รายละเอียดตามสิ่งที่ส่งมาด้วย',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ],
    structure: null,
    closing: 'ขอแสดงความนับถือ',
    signature: {
      name: 'นายอนันต์ ศรีวงศ์',
      position: `รองผู้อำนวยการ${OFFICE}`,
      capacityLines: ['ปฏิบัติราชการแทน', `ผู้อำนวยการ${OFFICE}`],
      signedAt: bangkok('2026-12-02', '14:30'),
    },
    department: 'กลุ่มส่งเสริมการจัดการศึกษา',
    phone: '0 4251 1004',
    email: 'saraban@spm-nakhonphanom.example',
    copyTo: [],
    urgency: 'normal',
    secrecy: 'normal',
    verification: null,
    draft: false,
    ...overrides,
  };
}

const ROLES = ['ประธานกรรมการ', 'รองประธานกรรมการ', 'กรรมการ', 'กรรมการและเลขานุการ'];
/** As appointment orders print them: the office abbreviated where the line would not hold it. */
const POSITIONS = [
  'ผู้อำนวยการ สพม.นครพนม',
  'รองผู้อำนวยการ สพม.นครพนม',
  'ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา',
  'ผู้อำนวยการกลุ่มนโยบายและแผน',
  'ศึกษานิเทศก์ชำนาญการพิเศษ',
  'นักวิชาการศึกษาชำนาญการ',
];
const NAMES = [
  'นายอนันต์ ศรีวงศ์',
  'นางสาวพิมพ์ชนก ใจงาม',
  'นายสุรเชษฐ์ บุญมา',
  'นางวราภรณ์ สุขใจ',
  'นายธนากร พรหมมา',
  'นางสาวกัลยา แสนสุข',
  'นายประเสริฐ วงศ์ไทย',
  'นางจิราพร ศรีสุข',
  'นายวีระพงษ์ ทองดี',
  'นางสาวอรุณี มีสุข',
];

/** `count` members: names, positions and roles of the office's usual appointment orders. */
export const committeeMembers = (count: number, from = 0): CommitteeMember[] =>
  Array.from({ length: count }, (_, k) => ({
    name: NAMES[(from + k) % NAMES.length],
    position: POSITIONS[(from + k) % POSITIONS.length],
    role: k === 0 ? ROLES[0] : k === count - 1 ? ROLES[3] : k === 1 ? ROLES[1] : ROLES[2],
  }));

/** An appointment order: a committee table (grouped by committee) and "ทั้งนี้ …". */
export function committeeOrder(committees: CommitteeMember[][]): RenderableIssuance {
  return {
    ...sampleIssuance('order'),
    subject: 'แต่งตั้งคณะกรรมการดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน',
    paragraphs: [
      'เพื่อให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ เป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้',
    ],
    structure: {
      clauses: [],
      committees: committees.map((members, i) => ({
        title: ['คณะกรรมการอำนวยการ', 'คณะกรรมการดำเนินงาน', 'คณะกรรมการประเมินผล'][i % 3],
        members,
        duty: 'มีหน้าที่ ให้คำปรึกษา แนะนำ และอำนวยความสะดวกในการดำเนินงานให้เป็นไปด้วยความเรียบร้อย',
      })),
      schedule: null,
      closingParagraphs: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
    },
  };
}
