import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn } from '../../database/columns';
import type { ItemChange, PeriodRule } from '../catalog/catalog-format';
import { OitCatalog } from './oit-catalog.entity';

/** One OIT item (O1…O43) of a catalog, as published for that fiscal year. */
@Entity('oit_item')
@Index(['catalogId', 'code'], { unique: true })
export class OitItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  catalogId!: number;

  @ManyToOne(() => OitCatalog, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'catalog_id' })
  catalog?: Relation<OitCatalog>;

  @CodeColumn(8)
  code!: string;

  @Column({ type: 'int' })
  sortOrder!: number;

  @CodeColumn(8)
  indicator!: string;

  @CodeColumn(8)
  subindicator!: string;

  @Column({ type: 'varchar', length: 255 })
  subindicatorName!: string;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'varchar', length: 255 })
  groupName!: string;

  @Column({ type: 'text' })
  evidenceText!: string;

  @CodeColumn(24)
  period!: PeriodRule;

  @Column({ type: 'varchar', length: 255 })
  periodWindow!: string;

  @CodeColumn(16)
  headApproval!: string;

  @CodeColumn(16)
  answerFormat!: string;

  @CodeColumn(32)
  scoring!: string;

  /** Codes of the previous year's list this item continues (empty when not stated). */
  @Column({ type: 'simple-array' })
  previousCodes!: string[];

  /** How the item relates to the previous year's list; null when the list does not say. */
  @CodeColumn(16, { nullable: true })
  changeKind!: ItemChange | null;
}
