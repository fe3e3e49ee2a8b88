import type { OnApprovalPlan } from '../memo/on-approval';

// Events of incoming letters, written to the outbox in the transaction of the change and turned
// into notices after the commit (src/notification). Payloads are JSON: dates are ISO.

export const INCOMING_FORWARDED = 'incoming.forwarded';
export const INCOMING_ENDORSED = 'incoming.endorsed';
export const INCOMING_ASSIGNED = 'incoming.assigned';

export const INCOMING_TOPICS = [INCOMING_FORWARDED, INCOMING_ENDORSED, INCOMING_ASSIGNED] as const;
export type IncomingTopic = (typeof INCOMING_TOPICS)[number];

export interface IncomingEventPayload {
  letterId: number;
  /** เลขรับ in Thai digits. */
  receiveNumber: string;
  subject: string;
  actorUserId: number;
  /** ISO time of the change. */
  at: string;
  /** Who must act next: the executive, the assigned groups' heads, or the assignee. */
  notifyUserIds: number[];
  /** An endorsement's circulation and tasks (INCOMING_ENDORSED), set up by src/circulation. */
  onEndorse?: OnApprovalPlan;
}
