// The office's real memos, announcement and order (test/fixtures/samples.json) as the renderer's
// input, plus builders for the variants the tests need.
import samples from '../../fixtures/samples.json';
import type {
  RenderableDocument,
  RenderableIssuance,
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

function fromMemo(s: SampleMemo): RenderableMemo {
  return {
    kind: 'memo',
    department: s.department,
    phone: '0 4251 1111',
    docNumber: s.number || 'ศธ ๐๔๓๐๕/',
    date: bangkok(s.date),
    subject: s.subject,
    to: s.to,
    paragraphs: s.paragraphs,
    urgency: 'normal',
    urgentBy: null,
    secrecy: 'normal',
    signature: { name: s.author.name, position: s.author.position, capacityLines: [] },
    endorsements: s.endorsements.map((e) => ({
      name: e.by,
      position: e.position,
      capacityLines: e.capacity ? [e.capacity] : [],
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
    date: bangkok(s.date),
    signature: { ...s.signer, capacityLines: [] },
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
