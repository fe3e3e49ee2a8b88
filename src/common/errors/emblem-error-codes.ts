/** Errors of the office's own Garuda (ตราครุฑ) that its administrator uploads (issue 21, R3). */
export const EMBLEM_ERRORS = {
  EMBLEM_MISSING: {
    status: 400,
    th: 'กรุณาเลือกไฟล์ตราครุฑ',
    en: 'No emblem file was uploaded',
  },
  EMBLEM_NOT_IMAGE: {
    status: 400,
    th: 'ไฟล์ตราครุฑต้องเป็นรูปภาพ PNG, JPEG หรือ SVG ที่สมบูรณ์',
    en: 'The emblem must be a complete PNG, JPEG or SVG image',
  },
  EMBLEM_PROPORTIONS: {
    status: 400,
    th: 'ตราครุฑต้องมีความกว้างใกล้เคียงกับความสูง (กว้างต่อสูงระหว่าง ๐.๘ ถึง ๑.๒๕) ไม่ควรมีขอบว่างหรือข้อความประกอบ',
    en: 'The emblem must be about as wide as it is tall (width/height between 0.8 and 1.25)',
  },
  EMBLEM_TOO_SMALL: {
    status: 400,
    th: 'รูปตราครุฑเล็กเกินไป ต้องสูงและกว้างอย่างน้อย ๓๐๐ พิกเซล จึงจะพิมพ์ได้คมชัดที่ขนาด ๓ เซนติเมตร',
    en: 'The emblem image is too small: at least 300 pixels wide and high, to print sharp at 3 cm',
  },
  EMBLEM_TOO_LARGE: {
    status: 400,
    th: 'ไฟล์ตราครุฑใหญ่เกินไป (ไม่เกิน ๒ เมกะไบต์ และไม่เกิน ๔,๐๐๐ พิกเซลต่อด้าน)',
    en: 'The emblem file is too large (at most 2 MB and 4,000 pixels a side)',
  },
  EMBLEM_UNSAFE_SVG: {
    status: 400,
    th: 'ไฟล์ SVG นี้มีสคริปต์หรืออ้างถึงไฟล์ภายนอก ระบบไม่รับ กรุณาใช้ SVG ที่มีแต่รูปวาด หรือใช้ไฟล์ PNG',
    en: 'The SVG contains scripts, event handlers or external references; use a plain drawing or a PNG',
  },
} as const;
