import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEMO_STATUSES, MemoStatus } from '../memo.enums';
import { BOXES, Box } from '../memo.queries';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { CalendarDateTime } from '../../common/validation/calendar-date';

export class ListMemosQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BOXES, default: 'all' })
  @IsOptional()
  @IsIn(BOXES)
  box: Box = 'all';

  @ApiPropertyOptional({ enum: MEMO_STATUSES })
  @IsOptional()
  @IsIn(MEMO_STATUSES)
  status?: MemoStatus;

  @ApiPropertyOptional({ description: 'Words of the subject or body (Thai is split into words)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Part of the registered number, Thai or Arabic digits' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  number?: string;

  @ApiPropertyOptional({ description: 'From this date (inclusive), ISO' })
  @IsOptional()
  @CalendarDateTime()
  from?: Date;

  @ApiPropertyOptional({ description: 'Before this date (exclusive), ISO' })
  @IsOptional()
  @CalendarDateTime()
  to?: Date;
}
