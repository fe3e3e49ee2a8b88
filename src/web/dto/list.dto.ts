import { PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { IsCalendarDateText } from '../../common/validation/calendar-date';
import { MEMO_STATUSES, MemoStatus } from '../../memo/memo.enums';
import { BOXES, Box } from '../../memo/memo.queries';
import { DateInput, EmptyAsUndefined, ISO_DAY } from './form-values';

/** A web list: its page (of a size the page fixes), and the action just done. */
export class PageOnlyQueryDto extends PickType(PageQueryDto, ['page'] as const) {
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
  @DateInput()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  from?: string;

  @IsOptional()
  @DateInput()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  to?: string;
}
