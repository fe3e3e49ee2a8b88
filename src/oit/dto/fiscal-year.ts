import { Injectable, PipeTransform } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';

/** Buddhist-era fiscal years Saraban accepts: wide enough for history and plans. */
export const MIN_FISCAL_YEAR = 2500;
export const MAX_FISCAL_YEAR = 2700;

export const IsFiscalYear = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ example: 2565, description: 'ปีงบประมาณ (พ.ศ.)' }),
    IsInt(),
    Min(MIN_FISCAL_YEAR),
    Max(MAX_FISCAL_YEAR),
  );

/** `:fiscalYear` route parameters: a four-digit Buddhist-era year, else 400 before any query. */
@Injectable()
export class ParseFiscalYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value ?? '') ? Number(value) : NaN;
    if (!(year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR)) {
      throw new DomainError('VALIDATION_FAILED', [
        `fiscalYear must be a Buddhist-era year ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}, got "${String(value).slice(0, 20)}" (ปีงบประมาณต้องเป็นปี พ.ศ.)`,
      ]);
    }
    return year;
  }
}
