// Registers (ทะเบียน) each run from ๑ per Buddhist-era calendar year in Bangkok.
export const REGISTERS = ['outgoing', 'circular', 'order', 'announcement'] as const;
export type Register = (typeof REGISTERS)[number];

export const REGISTER_TH: Record<Register, string> = {
  outgoing: 'ทะเบียนหนังสือส่ง',
  circular: 'ทะเบียนหนังสือเวียน',
  order: 'ทะเบียนคำสั่ง',
  announcement: 'ทะเบียนประกาศ',
};

/**
 * What a counter numbers: a register above, the incoming register (เลขรับ), or a group's
 * receive register (`group:<groupId>`). Each runs from ๑ per year under the same row lock.
 */
export type CounterKey = Register | 'incoming' | `group:${number}`;
