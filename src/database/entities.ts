import { Delegation } from '../org/delegation.entity';
import { OrgGroup } from '../org/org-group.entity';
import { Organization } from '../org/organization.entity';
import { Position } from '../org/position.entity';
import { User } from '../org/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditHead } from '../audit/audit-head.entity';
import { Issuance } from '../memo/issuance.entity';
import { MemoAttachment } from '../memo/memo-attachment.entity';
import { MemoReader } from '../memo/memo-reader.entity';
import { MemoStep } from '../memo/memo-step.entity';
import { Memo } from '../memo/memo.entity';
import { Notification } from '../notification/notification.entity';
import { RegisterCounter } from '../registry/register-counter.entity';
import { RegisterEntry } from '../registry/register-entry.entity';
import { SealedDocument } from '../sealing/sealed-document.entity';
import { OutboxDelivery } from '../outbox/outbox-delivery.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { IncomingAssignment } from '../incoming/incoming-assignment.entity';
import { IncomingEndorsement } from '../incoming/incoming-endorsement.entity';
import { IncomingFile } from '../incoming/incoming-file.entity';
import { IncomingLetter } from '../incoming/incoming-letter.entity';
import { Recipient } from '../recipients/recipient.entity';
import { Dispatch } from '../dispatch/dispatch.entity';
import { OutsideDocument } from '../registry/outside-document.entity';
import { OfficeHoliday } from '../reminders/office-holiday.entity';
import { Reminder } from '../reminders/reminder.entity';
import { ActionLink } from '../action-links/action-link.entity';
import { Circulation, CirculationRecipient } from '../circulation/circulation.entity';
import { MemoTask } from '../circulation/memo-task.entity';
import { LineAccount } from '../line/line-account.entity';
import { LineLinkNonce } from '../line/line-link-nonce.entity';

import { OitAssignment } from '../oit/entities/oit-assignment.entity';
import { OitCatalog } from '../oit/entities/oit-catalog.entity';
import { OitEvidence } from '../oit/entities/oit-evidence.entity';
import { OitItem } from '../oit/entities/oit-item.entity';
import { OitLink } from '../oit/entities/oit-link.entity';
import { OitOfficeYear } from '../oit/entities/oit-office-year.entity';
import { OitRule } from '../oit/entities/oit-rule.entity';

/** Every entity, listed explicitly so the app, the CLI and tests agree without globbing. */
export const ENTITIES = [
  Organization,
  Position,
  OrgGroup,
  User,
  Delegation,
  Memo,
  MemoStep,
  MemoAttachment,
  MemoReader,
  Issuance,
  RegisterCounter,
  RegisterEntry,
  SealedDocument,
  AuditEvent,
  AuditHead,
  Notification,
  OitCatalog,
  OitItem,
  OitEvidence,
  OitLink,
  OitRule,
  OitAssignment,
  OitOfficeYear,
  OutboxEvent,
  OutboxDelivery,
  IncomingLetter,
  IncomingFile,
  IncomingEndorsement,
  IncomingAssignment,
  Recipient,
  Dispatch,
  OutsideDocument,
  Reminder,
  OfficeHoliday,
  ActionLink,
  Circulation,
  CirculationRecipient,
  MemoTask,
  LineAccount,
  LineLinkNonce,
];
