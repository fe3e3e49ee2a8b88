// Delivery channels beyond the in-app list. Each is optional and configured by the office.
// LINE Notify closed on 31 March 2025; a LINE channel would implement NotificationChannel with
// the LINE Messaging API (an official account's channel access token and the user's LINE id),
// and be added to the NOTIFICATION_CHANNELS provider in notification.module.ts.

export interface Notice {
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
  /** Whether this channel can reach the recipient at all. */
  reaches(notice: Notice): boolean;
  deliver(notice: Notice): Promise<void>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
