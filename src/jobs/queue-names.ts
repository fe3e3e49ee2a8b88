/** BullMQ queues (with REDIS_URL): API instances add jobs, worker processes take them. */
export const OUTBOX_QUEUE = 'outbox';
export const RENDER_QUEUE = 'render';

/** Delivers outbox events (ids) to their consumers. */
export const DELIVER_JOB = 'deliver';
/** The cluster's one tick: hands overdue outbox events to `deliver` jobs. */
export const SWEEP_JOB = 'sweep';
export const SWEEP_SCHEDULER = 'outbox-sweep';
/**
 * The cluster's reminders, escalations and digests (src/reminders), after acting group heads'
 * steps are moved (src/workflow/acting-head).
 */
export const REMINDERS_JOB = 'reminders';
export const REMINDERS_SCHEDULER = 'reminders';
/** Prints one self-contained HTML page to PDF. */
export const PRINT_JOB = 'print';

/** Keys of every queue start with this, so one Redis can serve other software too. */
export const QUEUE_PREFIX = 'saraban';

/** Custom BullMQ job ids may not contain ':'; one id per event keeps an event in one job. */
export const deliverJobId = (eventId: number): string => `event-${eventId}`;
