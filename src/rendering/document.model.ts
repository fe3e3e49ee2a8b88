// What the workflow hands to the renderer: plain data, already resolved (names, positions,
// numbers). Templates escape every string; nothing here is trusted HTML.
import type { IssuanceStructure } from '../memo/issuance-content';
import type { Secrecy, Urgency } from '../memo/memo.enums';

export interface SignatureBlock {
  /** "นายอนันต์ ศรีวงศ์", printed in parentheses. */
  name: string;
  /** The signer's own post. */
  position: string;
  /** "ปฏิบัติราชการแทน ผู้อำนวยการ…" or "รักษาราชการแทน ผู้อำนวยการ…", when they apply. */
  capacityLines: string[];
  /**
   * When the signer acted in the system (submitted, endorsed, issued). Sealed documents print it
   * in the signature space, where the paper form has the handwritten signature; previews do not.
   */
  signedAt: Date | null;
}

export interface EndorsementBlock extends SignatureBlock {
  /** เกษียน: "เพื่อโปรดพิจารณา", "ทราบ", "อนุมัติ", free text. */
  note: string;
  date: Date;
}

export interface Verification {
  /** Short code printed on the document, e.g. "K7Q2-9XMP". */
  code: string;
  /** Public URL of /verify/:code, encoded in the QR code. */
  url: string;
}

export interface RenderableMemo {
  kind: 'memo';
  /** ส่วนราชการ: the owning unit, e.g. "กลุ่มนิเทศ … สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม". */
  department: string;
  /** The unit's phone, ASCII or Thai digits; the template prints Thai digits. */
  phone: string;
  /** "ศธ ๐๔๓๐๕/๑๒๓" once registered; otherwise the book code alone ("ศธ ๐๔๓๐๕/"). */
  docNumber: string;
  /** Registration date; the draft date for previews. */
  date: Date;
  subject: string;
  /** เรียน … */
  to: string;
  /** อ้างถึง: earlier documents, as written ("บันทึกข้อความ ที่ … ลงวันที่ …"), in order. */
  references: string[];
  paragraphs: string[];
  urgency: Urgency;
  /** ด่วนภายใน: the deadline, when set. */
  urgentBy: Date | null;
  secrecy: Secrecy;
  /** The author signs the memo. */
  signature: SignatureBlock;
  /** One per approver who has acted, in chain order. */
  endorsements: EndorsementBlock[];
  /** Present on sealed documents. */
  verification: Verification | null;
  /** Previews carry a ร่าง watermark. */
  draft: boolean;
}

export interface RenderableIssuance {
  kind: 'announcement' | 'order';
  /** "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม": printed after "ประกาศ"/"คำสั่ง". */
  issuer: string;
  /** Orders: "๑๒๐/๒๕๖๕"; announcements: internal register number or null. */
  number: string | null;
  subject: string;
  paragraphs: string[];
  /** Clauses (ข้อ ๑, ๑.๑), committees and a schedule after the paragraphs; null when none. */
  structure: IssuanceStructure | null;
  /** "ประกาศ ณ วันที่ …" / "สั่ง ณ วันที่ …" */
  date: Date;
  signature: SignatureBlock;
  verification: Verification | null;
  draft: boolean;
}

/** หนังสือภายนอก on the Garuda form (ระเบียบงานสารบรรณ แบบที่ ๑). */
export interface RenderableLetter {
  kind: 'letter';
  /** "ศธ ๐๔๓๐๕/๑๒๓" or "ศธ ๐๔๓๐๕/ว ๑๒" once issued; the book code and "/" before. */
  number: string;
  /** The office's name and address, printed at the right of ที่. */
  officeName: string;
  address: string;
  /** The issue date; the draft date for previews. */
  date: Date;
  subject: string;
  /** คำขึ้นต้น ("เรียน") and the addressee. */
  salutation: string;
  to: string;
  /** อ้างถึง and สิ่งที่ส่งมาด้วย, in order (numbered when more than one). */
  references: string[];
  enclosures: string[];
  paragraphs: string[];
  structure: IssuanceStructure | null;
  /** คำลงท้าย: "ขอแสดงความนับถือ". */
  closing: string;
  signature: SignatureBlock;
  /** ส่วนราชการเจ้าของเรื่อง (the author's group), its phone, the office's e-mail. */
  department: string;
  phone: string;
  email: string;
  /** สำเนาส่ง */
  copyTo: string[];
  urgency: Urgency;
  secrecy: Secrecy;
  verification: Verification | null;
  draft: boolean;
}

export type RenderableDocument = RenderableMemo | RenderableIssuance | RenderableLetter;
