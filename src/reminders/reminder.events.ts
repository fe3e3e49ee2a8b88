/** A reminder, an escalation or a digest to one person (written by the scheduler). */
export const REMINDER_DUE = 'reminder.due';

export interface ReminderPayload {
  userId: number;
  kind: string;
  title: string;
  memoId: number | null;
  path: string;
  at: string;
}
