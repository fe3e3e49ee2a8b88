import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { bangkokMidnight } from '../../common/thai/bangkok-time';
import { ITEM_CODE } from '../../oit/catalog/catalog-format';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from '../../oit/dto/fiscal-year';
import {
  DOCUMENT_EVIDENCE_KINDS,
  DocumentEvidenceKind,
} from '../../oit/entities/oit-evidence.entity';
import { SURVEY_MAX_POINTS } from '../../oit/scoring/oit-score';
import { FormInteger, ISO_DAY, OptionalNumber } from './form-values';
import { parseDateInput } from '../../common/thai/date-input';

/** A fiscal year as the page writes it: four plain digits. */
const FormYear = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value,
    ),
    IsInt(),
    Min(MIN_FISCAL_YEAR),
    Max(MAX_FISCAL_YEAR),
  );

/** A `YYYY-MM-DD` date field read as Bangkok midnight; 31 February stays invalid and fails. */
const FormDay = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      const day = typeof value === 'string' ? (parseDateInput(value) ?? value) : value;
      return typeof day === 'string' && ISO_DAY.test(day) ? bangkokMidnight(day) : day;
    }),
    IsDate(),
  );

/** Survey points as typed: a plain decimal number, else left as text for @IsNumber to refuse. */
const FormPoints = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,2}(\.\d{1,2})?$/.test(value) ? Number(value) : value,
    ),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(SURVEY_MAX_POINTS),
  );

export class EvidenceQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  year?: number;

  @IsOptional()
  @Matches(ITEM_CODE)
  code?: string;

  /** Words of an approved document's title or number, to link it without knowing its id. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** What every evidence form names: the year and the item the evidence is linked to. */
class ItemFormDto {
  @FormYear() year!: number;

  @Matches(ITEM_CODE, { message: 'code must look like O1 … O999' })
  code!: string;
}

/** An uploaded file's fields (the file is the `file` part); its date places it in a period. */
export class FileEvidenceFormDto extends ItemFormDto {
  @IsString() @Length(1, 1000) title!: string;
  @FormDay() date!: Date;
}

export class WebEvidenceFormDto extends FileEvidenceFormDto {
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  url!: string;
}

/** The file form as posted (besides the file): bounded text, checked like the web-link form. */
export class FileEvidenceFieldsDto {
  @IsString() @MaxLength(8) year!: string;
  @IsString() @MaxLength(16) code!: string;
  @IsString() @MaxLength(2000) title!: string;
  @IsString() @MaxLength(64) date!: string;
}

/**
 * The web-link form as posted: bounded text only, so that what was typed wrong is answered next
 * to its field (the controller checks it against WebEvidenceFormDto) instead of an error page.
 */
export class WebEvidenceFieldsDto {
  @IsString() @MaxLength(8) year!: string;
  @IsString() @MaxLength(16) code!: string;
  @IsString() @MaxLength(2000) title!: string;
  @IsString() @MaxLength(4096) url!: string;
  @IsString() @MaxLength(64) date!: string;
}

/** An approved document of the office, by its kind and its number in the system. */
export class DocumentLinkFormDto extends ItemFormDto {
  @IsIn(DOCUMENT_EVIDENCE_KINDS) documentType!: DocumentEvidenceKind;
  @FormInteger() documentId!: number;
}

export class SurveyFormDto {
  @FormYear() year!: number;
  @FormPoints() iit!: number;
  @FormPoints() eit!: number;
}

export class SubmitQueryDto {
  @Type(() => Number)
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  year!: number;
}

/** Submitting freezes the year: the confirmation page adds `confirmed`. */
export class SubmitFormDto {
  @FormYear() year!: number;
  @IsIn(['1']) confirmed!: string;
}

/** A responsible group for an item; "ไม่กำหนด" (empty) clears it. */
export class AssignFormDto {
  @Matches(ITEM_CODE, { message: 'code must look like O1 … O999' })
  code!: string;

  @OptionalNumber()
  @IsOptional()
  @IsPositiveInt()
  groupId?: number;
}

/** The fields beside an uploaded catalog file. */
export class CatalogFormDto {
  @FormYear() year!: number;
}
