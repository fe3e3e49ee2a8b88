import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import { ISSUANCE_KINDS } from '../../memo/memo.enums';
import { AsArray, EmptyAsUndefined } from './form-values';

const L = MEMO_LIMITS;

/** The form's choices: an issuance kind, or `circular` (a letter from the ว register). */
export const FORM_ISSUANCE_KINDS = [...ISSUANCE_KINDS, 'circular'] as const;
export type FormIssuanceKind = (typeof FORM_ISSUANCE_KINDS)[number];

/** Committee rows the form edits at most (the API takes more). */
export const MAX_MEMBER_ROWS = 300;

/** One column of the committee rows: the i-th value is row i's. */
const MemberColumn = (maxLength: number): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    AsArray(),
    IsArray(),
    ArrayMaxSize(MAX_MEMBER_ROWS),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );

/** A letter's list typed one item a line. */
const LetterLines = (): PropertyDecorator =>
  applyDecorators(IsOptional(), IsString(), MaxLength(L.letterItems * (L.letterItem + 1)));

/**
 * The document attached for signature, as the drafting form posts it: the announcement, order
 * or letter, its letter parts (one item a line) and its committee rows (one member a row; the
 * fields of row i are the i-th value of each member* field).
 */
export class IssuanceFormFields {
  @IsOptional()
  @EmptyAsUndefined()
  @IsIn(FORM_ISSUANCE_KINDS)
  issuanceKind?: FormIssuanceKind;

  @IsOptional()
  @IsString()
  @MaxLength(L.subject)
  issuanceSubject = '';

  /** The issuance's text, one paragraph per line. */
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  issuanceText = '';

  /** After the committee table: "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", one paragraph per line. */
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  issuanceAfterText = '';

  @IsOptional()
  @IsString()
  @MaxLength(L.to)
  letterTo = '';

  @IsOptional()
  @IsString()
  @MaxLength(L.salutation)
  letterSalutation = '';

  @IsOptional()
  @IsString()
  @MaxLength(L.letterClosing)
  letterClosing = '';

  @LetterLines()
  letterReferences = '';

  @LetterLines()
  letterEnclosures = '';

  @LetterLines()
  letterCopyTo = '';

  /** A checkbox: the letter goes to every school of the office's directory. */
  @IsOptional()
  @IsIn(['on'])
  allSchools?: 'on';

  @MemberColumn(L.committeeTitle)
  memberCommittee: string[] = [];

  @MemberColumn(L.memberField)
  memberName: string[] = [];

  @MemberColumn(L.memberField)
  memberPosition: string[] = [];

  @MemberColumn(L.memberField)
  memberRole: string[] = [];
}
