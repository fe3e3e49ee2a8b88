// Events of dispatch (STYLE.md #15), written to the outbox in the transaction of the change.

/** Send (or send again) one e-mail dispatch: the sealed PDF with a fresh receipt link. */
export const DISPATCH_EMAIL = 'dispatch.email';
/** An internal group was sent a document: its head is told. */
export const DISPATCH_INTERNAL = 'dispatch.internal';
/** Every e-mailed recipient confirmed receipt: the author is told. */
export const DISPATCH_ALL_RECEIVED = 'dispatch.all-received';

/** The dispatch events that notify people (in-app and the configured channels). */
export const DISPATCH_NOTICE_TOPICS = [DISPATCH_INTERNAL, DISPATCH_ALL_RECEIVED] as const;

export interface DispatchEmailPayload {
  dispatchId: number;
}

export interface DispatchNoticePayload {
  memoId: number;
  /** ISO time of the change. */
  at: string;
  notifyUserIds: number[];
  kind: string;
  title: string;
}
