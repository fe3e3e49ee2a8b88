import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { ITEM_CODE } from '../catalog/catalog-format';
import { RULE_KINDS, RuleKind } from '../entities/oit-rule.entity';
import { MAX_PATTERN_LENGTH } from '../suggest/rule-matcher';

export class CreateRuleDto {
  @ApiProperty({ example: 'O23' })
  @Matches(ITEM_CODE, { message: 'code must look like O1 … O999' })
  code!: string;

  @ApiProperty({
    enum: RULE_KINDS,
    description:
      'any: any word; all: every word; exact: the phrase; regex: RE2 syntax, repeat counts up ' +
      'to 100 and at most 300 instructions. Rules read the first 2,000 characters of subject and text',
  })
  @IsIn(RULE_KINDS)
  kind!: RuleKind;

  @ApiProperty({ example: 'สขร' })
  @IsString()
  @Length(1, MAX_PATTERN_LENGTH)
  pattern!: string;
}

export class AssignGroupDto {
  @ApiProperty({ nullable: true, description: 'the responsible group, or null to clear' })
  @ValidateIf((o: AssignGroupDto) => o.groupId !== null)
  @IsPositiveInt()
  groupId!: number | null;
}
