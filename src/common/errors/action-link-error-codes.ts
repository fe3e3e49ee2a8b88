/** Errors of the one-tap approval links e-mailed to approvers (GET/POST /act/:token). */
export const ACTION_LINK_ERRORS = {
  ACTION_LINK_GONE: {
    status: 410,
    th: 'ลิงก์นี้ใช้ไม่ได้แล้ว (ใช้ไปแล้ว หมดอายุ หรือบันทึกได้รับการพิจารณาด้วยวิธีอื่นแล้ว)',
    en: 'This link no longer works: it was used, it expired, or the step was acted on another way',
  },
} as const;
