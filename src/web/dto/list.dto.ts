import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDateText } from '../../common/validation/calendar-date';
import { MEMO_STATUSES, MemoStatus } from '../../memo/memo.enums';
import { BOXES, Box } from '../../memo/memo.queries';
import { EmptyAsUndefined, ISO_DAY } from './form-values';

export class PageOnlyQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  /** After an action, which one: shown as a confirmation at the top of the page. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  done?: string;
}

/** /memos: the boxes and the search form (GET, so every field may come back empty). */
export class ListPageQueryDto extends PageOnlyQueryDto {
  @IsOptional()
  @EmptyAsUndefined()
  @IsIn(BOXES)
  box?: Box;

  @IsOptional()
  @EmptyAsUndefined()
  @IsIn(MEMO_STATUSES)
  status?: MemoStatus;

  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(64)
  number?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  from?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  to?: string;
}
