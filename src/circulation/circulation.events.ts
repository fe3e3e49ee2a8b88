// Events of circulation and tasks (STYLE.md #15), written to the outbox in the transaction of
// the change; the notice consumers tell each person named in them (in-app and the channels).

/** A memo was circulated to people for acknowledgement. */
export const CIRCULATION_SENT = 'circulation.sent';
/** Its author reminded those who have not acknowledged yet. */
export const CIRCULATION_REMINDED = 'circulation.reminded';
/** An approval assigned a task to a person or a group (its head is told). */
export const TASK_ASSIGNED = 'task.assigned';

export const CIRCULATION_NOTICE_TOPICS = [
  CIRCULATION_SENT,
  CIRCULATION_REMINDED,
  TASK_ASSIGNED,
] as const;

/** The notice kinds these events make (notification.kind). */
export const NOTICE_KIND = {
  [CIRCULATION_SENT]: 'memo.circulated',
  [CIRCULATION_REMINDED]: 'memo.circulation-reminder',
  [TASK_ASSIGNED]: 'task.assigned',
} as const;
