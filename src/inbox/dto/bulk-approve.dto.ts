import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IdField, VersionField } from '../../common/validation/fields';
import { MAX_NOTE } from '../../workflow/dto/transition.dto';

/** At most this many memos per call: each is its own transaction and may seal a PDF. */
export const MAX_BULK_ITEMS = 20;

export const BULK_MESSAGES = {
  empty: 'กรุณาเลือกบันทึกอย่างน้อยหนึ่งเรื่อง (select at least one memo)',
  tooMany: `เลือกได้ไม่เกิน ${MAX_BULK_ITEMS} เรื่องต่อครั้ง (at most ${MAX_BULK_ITEMS} items per call)`,
  duplicate: 'มีบันทึกซ้ำกันในรายการ (each memo id may appear only once)',
} as const;

/** The id of a memo that waits on the caller, and the version they saw. */
export class BulkItemDto {
  @IdField({ example: 12 })
  id!: number;

  @VersionField('The version the approver saw; a stale one is refused with 409 for this item')
  version!: number;
}

/** The identity of an item for the duplicate check; anything not an item stays itself. */
export const bulkItemId = (item: unknown): unknown =>
  typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item;

/** Several memos approved with one เกษียน, each on its own. */
export class BulkApproveDto {
  @ApiProperty({ type: [BulkItemDto], maxItems: MAX_BULK_ITEMS })
  @IsArray()
  @ArrayMinSize(1, { message: BULK_MESSAGES.empty })
  @ArrayMaxSize(MAX_BULK_ITEMS, { message: BULK_MESSAGES.tooMany })
  @ArrayUnique(bulkItemId, { message: BULK_MESSAGES.duplicate })
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];

  @ApiPropertyOptional({
    example: 'อนุมัติ',
    description: 'เกษียน written on every item; defaults by each step',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTE)
  note?: string;
}
