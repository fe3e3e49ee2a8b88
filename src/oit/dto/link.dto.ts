import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { ITEM_CODE } from '../catalog/catalog-format';
import { DOCUMENT_EVIDENCE_KINDS, DocumentEvidenceKind } from '../entities/oit-evidence.entity';
import { LINK_STATUSES, LinkStatus } from '../entities/oit-link.entity';

/** Links evidence to an item: by evidence id, or by the approved document it came from. */
export class ManualLinkDto {
  @ApiProperty({ example: 'O1' })
  @Matches(ITEM_CODE, { message: 'code must look like O1 … O999' })
  code!: string;

  @ApiPropertyOptional({ description: 'an evidence id (files, web links, documents)' })
  @ValidateIf((o: ManualLinkDto) => o.documentType === undefined || o.evidenceId !== undefined)
  @IsPositiveInt()
  evidenceId?: number;

  @ApiPropertyOptional({ enum: DOCUMENT_EVIDENCE_KINDS })
  @ValidateIf((o: ManualLinkDto) => o.evidenceId === undefined)
  @IsIn(DOCUMENT_EVIDENCE_KINDS)
  documentType?: DocumentEvidenceKind;

  @ApiPropertyOptional({ description: 'memo id, or announcement/order id' })
  @ValidateIf((o: ManualLinkDto) => o.evidenceId === undefined)
  @IsPositiveInt()
  documentId?: number;

  @ApiPropertyOptional({
    description:
      'link a secret (ลับ) document anyway; the public sees only that it exists, its number and date',
  })
  @IsOptional()
  @IsBoolean()
  allowSecret?: boolean;
}

export class DecisionDto {
  @ApiPropertyOptional({ example: 'ไม่ใช่รายงานรอบ ๖ เดือน' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ListLinksQuery {
  @ApiPropertyOptional({ enum: LINK_STATUSES })
  @IsOptional()
  @IsIn(LINK_STATUSES)
  status?: LinkStatus;

  @ApiPropertyOptional({ example: 'O40' })
  @IsOptional()
  @Matches(ITEM_CODE)
  code?: string;
}

export class WebEvidenceDto {
  @ApiProperty({ example: 'ช่องทางถาม-ตอบ (Q&A) บนเว็บไซต์สำนักงาน' })
  @IsString()
  @Length(1, 1000)
  title!: string;

  @ApiProperty({ example: 'https://www.example.go.th/qa' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  url!: string;

  @ApiPropertyOptional({ example: '2022-01-15', description: 'defaults to today' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  date?: Date;
}

/** The text fields of a multipart upload (the file itself is the `file` part). */
export class FileEvidenceDto {
  @ApiProperty({ example: 'แผนผังโครงสร้างสำนักงานเขตพื้นที่การศึกษา' })
  @IsString()
  @Length(1, 1000)
  title!: string;

  @ApiPropertyOptional({ example: '2022-01-15' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  date?: Date;
}
