/** Errors of the LINE channel: its webhook and linking a person's LINE account. */
export const LINE_ERRORS = {
  LINE_NOT_CONFIGURED: {
    status: 404,
    th: 'สำนักงานยังไม่ได้ตั้งค่าการแจ้งเตือนทาง LINE',
    en: 'This server has no LINE Official Account configured',
  },
  LINE_SIGNATURE_INVALID: {
    status: 401,
    th: 'ลายมือชื่อของข้อความจาก LINE ไม่ถูกต้อง',
    en: 'The X-Line-Signature header does not match the body',
  },
  LINE_LINK_TOKEN_INVALID: {
    status: 400,
    th: 'ลิงก์เชื่อมบัญชี LINE ไม่ถูกต้อง กรุณาส่งข้อความถึงบัญชี LINE ของสำนักงานเพื่อขอลิงก์ใหม่',
    en: 'The LINE link token is missing or malformed; message the office account for a new link',
  },
} as const;
