// Delivery channels beyond the in-app list. Each is optional and configured by the office:
// e-mail (SMTP_URL) and LINE (src/line: the Messaging API, since LINE Notify closed on 31 March
// 2025). A channel is listed in the NOTIFICATION_CHANNELS provider in notification.module.ts.

export interface Notice {
  /** The outbox event the notice comes from: a redelivery of it is the same notice. */
  eventId: number;
  orgId: number;
  userId: number;
  email: string | null;
  title: string;
  /** Absolute link to the memo in the web inbox. */
  url: string;
  /** A one-tap link that approves the step waiting on the recipient (src/action-links). */
  action?: { url: string; expiresAt: Date };
}

export interface NotificationChannel {
  readonly name: string;
  /** Whether the office configured it (e-mail: SMTP_URL); an unconfigured one is skipped. */
  readonly configured: boolean;
  /** Whether this channel can reach the recipient at all (an address, a linked account). */
  reaches(notice: Notice): Promise<boolean>;
  deliver(notice: Notice): Promise<void>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
