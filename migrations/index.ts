// Every migration, in order. Add new ones at the end; never edit one that has shipped.
import { CreateOrganization1764000000000 } from './1764000000000-CreateOrganization';
import { CreatePosition1764000000100 } from './1764000000100-CreatePosition';
import { CreateOrgGroup1764000000200 } from './1764000000200-CreateOrgGroup';
import { CreateAppUser1764000000300 } from './1764000000300-CreateAppUser';
import { AddOrgGroupLeaders1764000000400 } from './1764000000400-AddOrgGroupLeaders';
import { CreateDelegation1764000000500 } from './1764000000500-CreateDelegation';

import { CreateMemo1764010000000 } from './1764010000000-CreateMemo';
import { CreateMemoStep1764010000100 } from './1764010000100-CreateMemoStep';
import { CreateMemoAttachment1764010000200 } from './1764010000200-CreateMemoAttachment';
import { CreateMemoReader1764010000300 } from './1764010000300-CreateMemoReader';
import { CreateIssuance1764010000400 } from './1764010000400-CreateIssuance';
import { CreateRegisterCounter1764010000500 } from './1764010000500-CreateRegisterCounter';
import { CreateRegisterEntry1764010000600 } from './1764010000600-CreateRegisterEntry';
import { CreateSealedDocument1764010000700 } from './1764010000700-CreateSealedDocument';
import { CreateAuditEvent1764010000800 } from './1764010000800-CreateAuditEvent';
import { CreateAuditHead1764010000900 } from './1764010000900-CreateAuditHead';
import { CreateNotification1764010001000 } from './1764010001000-CreateNotification';
import { CreateOitCatalog1765000000000 } from './1765000000000-CreateOitCatalog';
import { CreateOitItem1765000000100 } from './1765000000100-CreateOitItem';
import { LoadOitCatalog25651765000000200 } from './1765000000200-LoadOitCatalog2565';
import { CreateOitEvidence1765000000300 } from './1765000000300-CreateOitEvidence';
import { CreateOitLink1765000000400 } from './1765000000400-CreateOitLink';
import { CreateOitRule1765000000500 } from './1765000000500-CreateOitRule';
import { CreateOitAssignment1765000000600 } from './1765000000600-CreateOitAssignment';
import { CreateOitOfficeYear1765000000700 } from './1765000000700-CreateOitOfficeYear';
import { AddUserSessionVersion1766000000000 } from './1766000000000-AddUserSessionVersion';
import { AddSecrecyToRegisterEntry1767000000000 } from './1767000000000-AddSecrecyToRegisterEntry';
import { AddSecrecyToSealedDocument1767000000100 } from './1767000000100-AddSecrecyToSealedDocument';
import { AddSecrecyToOitEvidence1767000000200 } from './1767000000200-AddSecrecyToOitEvidence';
import { BackfillDocumentSecrecy1767000000300 } from './1767000000300-BackfillDocumentSecrecy';
import { CreateOutboxEvent1767000000400 } from './1767000000400-CreateOutboxEvent';
import { CreateOutboxDelivery1767000000500 } from './1767000000500-CreateOutboxDelivery';
import { AddSealSnapshot1767000000600 } from './1767000000600-AddSealSnapshot';
import { CreateIncomingLetter1768000000000 } from './1768000000000-CreateIncomingLetter';
import { CreateIncomingFile1768000000100 } from './1768000000100-CreateIncomingFile';
import { CreateIncomingEndorsement1768000000200 } from './1768000000200-CreateIncomingEndorsement';
import { CreateIncomingAssignment1768000000300 } from './1768000000300-CreateIncomingAssignment';
import { AddInReplyToMemo1768000000400 } from './1768000000400-AddInReplyToMemo';
import { AddOrganizationEmail1768500000000 } from './1768500000000-AddOrganizationEmail';
import { AddOrganizationKind1768500000100 } from './1768500000100-AddOrganizationKind';
import { AddOrganizationActive1768500000200 } from './1768500000200-AddOrganizationActive';
import { CreateRecipient1769200000000 } from './1769200000000-CreateRecipient';
import { CreateDispatch1769200000100 } from './1769200000100-CreateDispatch';
import { CreateOutsideDocument1769200000200 } from './1769200000200-CreateOutsideDocument';
import { AddLetterToIssuance1769000000000 } from './1769000000000-AddLetterToIssuance';
import { AddRecipientsToIssuance1769000000100 } from './1769000000100-AddRecipientsToIssuance';
import { CreateReminders1769500000000 } from './1769500000000-CreateReminders';
import { CreateLineAccount1769700000000 } from './1769700000000-CreateLineAccount';
import { CreateLineLinkNonce1769700000100 } from './1769700000100-CreateLineLinkNonce';
import { AddOrganizationEmblem1769800000000 } from './1769800000000-AddOrganizationEmblem';
import { AddSweepIndexes1769850000000 } from './1769850000000-AddSweepIndexes';
import { AddIncomingLetterToCirculation1769900000000 } from './1769900000000-AddIncomingLetterToCirculation';
import { AddStructureToIssuance1769000000200 } from './1769000000200-AddStructureToIssuance';
import { CreateActionLink1769400000000 } from './1769400000000-CreateActionLink';
import { AddOnApprovalToMemo1769300000000 } from './1769300000000-AddOnApprovalToMemo';
import { CreateCirculation1769300000100 } from './1769300000100-CreateCirculation';
import { CreateCirculationRecipient1769300000200 } from './1769300000200-CreateCirculationRecipient';
import { CreateMemoTask1769300000300 } from './1769300000300-CreateMemoTask';
import { AddGroupToDelegation1769600000000 } from './1769600000000-AddGroupToDelegation';
export const MIGRATIONS = [
  CreateOrganization1764000000000,
  CreatePosition1764000000100,
  CreateOrgGroup1764000000200,
  CreateAppUser1764000000300,
  AddOrgGroupLeaders1764000000400,
  CreateDelegation1764000000500,
  CreateMemo1764010000000,
  CreateMemoStep1764010000100,
  CreateMemoAttachment1764010000200,
  CreateMemoReader1764010000300,
  CreateIssuance1764010000400,
  CreateRegisterCounter1764010000500,
  CreateRegisterEntry1764010000600,
  CreateSealedDocument1764010000700,
  CreateAuditEvent1764010000800,
  CreateAuditHead1764010000900,
  CreateNotification1764010001000,
  CreateOitCatalog1765000000000,
  CreateOitItem1765000000100,
  LoadOitCatalog25651765000000200,
  CreateOitEvidence1765000000300,
  CreateOitLink1765000000400,
  CreateOitRule1765000000500,
  CreateOitAssignment1765000000600,
  CreateOitOfficeYear1765000000700,
  AddUserSessionVersion1766000000000,
  AddSecrecyToRegisterEntry1767000000000,
  AddSecrecyToSealedDocument1767000000100,
  AddSecrecyToOitEvidence1767000000200,
  BackfillDocumentSecrecy1767000000300,
  CreateOutboxEvent1767000000400,
  CreateOutboxDelivery1767000000500,
  AddSealSnapshot1767000000600,
  CreateIncomingLetter1768000000000,
  CreateIncomingFile1768000000100,
  CreateIncomingEndorsement1768000000200,
  CreateIncomingAssignment1768000000300,
  AddInReplyToMemo1768000000400,
  AddOrganizationEmail1768500000000,
  AddOrganizationKind1768500000100,
  AddOrganizationActive1768500000200,
  CreateRecipient1769200000000,
  CreateDispatch1769200000100,
  CreateOutsideDocument1769200000200,
  AddLetterToIssuance1769000000000,
  AddRecipientsToIssuance1769000000100,
  AddStructureToIssuance1769000000200,
  CreateReminders1769500000000,
  CreateActionLink1769400000000,
  AddOnApprovalToMemo1769300000000,
  CreateCirculation1769300000100,
  CreateCirculationRecipient1769300000200,
  CreateMemoTask1769300000300,
  AddGroupToDelegation1769600000000,
  CreateLineAccount1769700000000,
  CreateLineLinkNonce1769700000100,
  AddOrganizationEmblem1769800000000,
  AddSweepIndexes1769850000000,
  AddIncomingLetterToCirculation1769900000000,
];
