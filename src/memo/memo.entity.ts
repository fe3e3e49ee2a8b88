import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organization } from '../org/organization.entity';
import { User } from '../org/user.entity';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { MemoStatus, Secrecy, Urgency } from './memo.enums';
import type { OnApprovalPlan } from './on-approval';

export interface MemoReference {
  /** An earlier memo of the same office, when the reference is one. */
  memoId?: number;
  /** As written in the body, e.g. "บันทึกข้อความ ที่ ศธ ๐๔๓๐๕/๑๒ ลงวันที่ …". */
  text: string;
}

/** A บันทึกข้อความ and where it stands in its approval chain. */
@Entity('memo')
@Index(['orgId', 'currentAssigneeUserId', 'status', 'urgencyRank', 'submittedAt'])
@Index(['orgId', 'authorUserId', 'status', 'updatedAt'])
@Index(['orgId', 'status', 'registeredAt'])
// The reminder sweep pages through the memos in review of every office.
@Index('IDX_memo_sweep', ['status', 'id'])
export class Memo {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @Column({ type: 'int' })
  authorUserId!: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: Relation<User>;

  @Column({ type: 'int', nullable: true })
  groupId!: number | null;

  /** ส่วนราชการ as printed, fixed when drafted. */
  @Column({ type: 'varchar', length: 500 })
  department!: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  phone!: string;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** เรียน … */
  @Column({ type: 'varchar', length: 255 })
  toLine!: string;

  @Column({ type: 'simple-json' })
  paragraphs!: string[];

  @Column({ type: 'varchar', length: 500, default: '' })
  closing!: string;

  @Column({ type: 'simple-json', name: 'doc_references' })
  references!: MemoReference[];

  @CodeColumn(16)
  urgency!: Urgency;

  /** 0 normal … 3 ด่วนที่สุด, for ordering the inbox. */
  @Column({ type: 'smallint', default: 0 })
  urgencyRank!: number;

  @TimestampColumn({ nullable: true })
  urgentBy!: Date | null;

  @CodeColumn(16)
  secrecy!: Secrecy;

  @CodeColumn(16)
  status!: MemoStatus;

  /** Bumped by every change; edits and approvals name the version they saw. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Resubmissions start a new round of steps. */
  @Column({ type: 'int', default: 0 })
  round!: number;

  @Column({ type: 'int', nullable: true })
  currentStepOrder!: number | null;

  /** Denormalised from the current step so the inbox is one indexed range. */
  @Column({ type: 'int', nullable: true })
  currentAssigneeUserId!: number | null;

  @TimestampColumn({ nullable: true })
  submittedAt!: Date | null;

  /** ที่ ศธ ๐๔๓๐๕/๑๒๓, once registered. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  docNumber!: string | null;

  @TimestampColumn({ nullable: true })
  registeredAt!: Date | null;

  /** Words of the subject, number and body, for Thai search. */
  @Column({ type: 'text' })
  searchText!: string;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;

  /** The incoming letter this memo answers; approving the memo closes its assignment. */
  @Column({ type: 'int', nullable: true })
  inReplyTo!: number | null;

  /** Circulation and tasks to set up once approved, as the author named them. */
  @Column({ type: 'simple-json', nullable: true })
  onApproval!: OnApprovalPlan | null;
}
