// A memo body as the regulation shapes it (THAI-DOCS.md, บันทึกข้อความ): the cause (เรื่องเดิม,
// ตามที่…, ด้วย…), the facts (ข้อเท็จจริง, การดำเนินงาน), the law (ข้อกฎหมาย), the proposal
// (ข้อเสนอ, เห็นควร…) and the closing line (จึงเรียนมาเพื่อ…). What the memo is about is in its
// facts and proposal; the cause and the law mostly name other documents, the closing nothing.
import { fromThaiDigits } from '../../common/thai/thai-format';

export type ParagraphRole = 'cause' | 'facts' | 'law' | 'proposal' | 'closing';

export const ROLE_WEIGHT: Record<ParagraphRole, number> = {
  cause: 0.5,
  facts: 1,
  law: 0.25,
  proposal: 1,
  closing: 0.3,
};

/** Leading numbering: "๑.", "2.", "๒.๑", "(๓)". */
const NUMBERING = /^\s*\(?\d+(?:\.\d+)*[.)]?\s*/;

/** Each role's opening words, the heading (removed) first. "ข้อเสนอแนะ" is content, no heading. */
const OPENINGS: Array<[ParagraphRole, RegExp]> = [
  ['cause', /^(?:เรื่องเดิม|ความเป็นมา)\s*/],
  ['facts', /^(?:ข้อเท็จจริง|ข้อพิจารณา|การดำเนินงาน|การดำเนินการ)\s+/],
  ['law', /^(?:ข้อกฎหมาย(?:และระเบียบ)?|ข้อระเบียบ|ระเบียบที่เกี่ยวข้อง)\s*/],
  ['proposal', /^ข้อเสนอ(?!แนะ)\s*/],
  ['closing', /^(?:จึงเรียนมา|จึงประกาศ|ประกาศ\s*ณ\s*วันที่|สั่ง\s*ณ\s*วันที่|ทั้งนี้\s*ตั้งแต่)/],
  ['cause', /^(?=ตามที่|ด้วย|อ้างถึง|ตาม)/],
  ['law', /^(?=อาศัยอำนาจ)/],
  ['proposal', /^(?=เห็นควร)/],
];

export interface Paragraph {
  role: ParagraphRole;
  /** The paragraph without its numbering and heading. */
  text: string;
}

/** The body's paragraphs (one a line, as an approval joins them), each with its role. */
export function readParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of body.split('\n')) {
    const text = fromThaiDigits(line).replace(NUMBERING, '').trim();
    if (!text) continue;
    out.push(roleOf(text));
  }
  return out;
}

function roleOf(text: string): Paragraph {
  for (const [role, opening] of OPENINGS) {
    const match = opening.exec(text);
    if (match) return { role, text: text.slice(match[0].length) };
  }
  return { role: 'facts', text };
}
