import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsNumber,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';
import { ITEM_CODE } from '../catalog/catalog-format';
import { ITEM_SCORES } from '../scoring/oit-score';
import { IsFiscalYear } from './fiscal-year';
import { SURVEY_MAX_POINTS } from '../scoring/oit-score';

/** What is wrong with an `items` map, one line per entry; empty when every entry is sound. */
export function itemScoreProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['items must be an object of item codes to 0 or 100'];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([code, score]) => [
    ...(ITEM_CODE.test(code) ? [] : [`items: "${code.slice(0, 20)}" is not an item code like O1`]),
    ...((ITEM_SCORES as readonly unknown[]).includes(score)
      ? []
      : [`items.${code.slice(0, 20)} must be 0 or 100 (คะแนนรายข้อต้องเป็น 0 หรือ 100)`]),
  ]);
}

/** `{ "O1": 0 | 100, … }`: codes like O1, values exactly the numbers 0 or 100. */
const IsItemScores = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isItemScores',
    target: target.constructor,
    propertyName: propertyName as string,
    validator: {
      validate: (value: unknown) => itemScoreProblems(value).length === 0,
      defaultMessage: (args: ValidationArguments) => itemScoreProblems(args.value).join('; '),
    },
  });

export class ScoreRequestDto {
  @IsFiscalYear()
  fiscalYear!: number;

  @ApiProperty({ example: { O1: 100, O2: 0 }, description: 'item code → 0 or 100; absent = 0' })
  @IsObject()
  @IsItemScores()
  items!: Record<string, 0 | 100>;

  @ApiPropertyOptional({ example: 29, description: 'IIT weighted points (of 30)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SURVEY_MAX_POINTS)
  iit?: number;

  @ApiPropertyOptional({ example: 28.5, description: 'EIT weighted points (of 30)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SURVEY_MAX_POINTS)
  eit?: number;
}

export class SurveyDto {
  @ApiPropertyOptional({ example: 29, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SURVEY_MAX_POINTS)
  iit?: number | null;

  @ApiPropertyOptional({ example: 28.5, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SURVEY_MAX_POINTS)
  eit?: number | null;
}
