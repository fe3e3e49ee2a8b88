import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { EVIDENCE_KINDS, EvidenceKind } from '../entities/oit-evidence.entity';
import { IsFiscalYear } from './fiscal-year';

export class SuggestRequestDto {
  @IsFiscalYear()
  fiscalYear!: number;

  @ApiProperty({
    example: 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน',
  })
  @IsString()
  @Length(1, 1000)
  subject!: string;

  @ApiPropertyOptional({ description: 'body text' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  text?: string;

  @ApiPropertyOptional({ enum: EVIDENCE_KINDS })
  @IsOptional()
  @IsIn(EVIDENCE_KINDS)
  kind?: EvidenceKind;
}
