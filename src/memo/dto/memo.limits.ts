/** How much a memo may hold: the API's DTOs check these, and the web's drafting form reuses them. */
export const MEMO_LIMITS = {
  /** A memo's or an attached announcement's or order's subject. */
  subject: 500,
  to: 255,
  paragraphs: 100,
  paragraph: 5000,
  closing: 500,
  references: 20,
  referenceText: 500,
  readers: 50,
} as const;
