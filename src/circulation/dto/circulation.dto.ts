import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { TASK_STATES, TaskState } from '../memo-task.entity';

export const READ_STATES = ['unread', 'read'] as const;

/** GET /api/circulation: the caller's circulated memos, unread or read (both when left out). */
export class CirculationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: READ_STATES })
  @IsOptional()
  @IsIn(READ_STATES)
  state?: (typeof READ_STATES)[number];
}

/** GET /api/tasks: open or done (both when left out). */
export class TaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TASK_STATES })
  @IsOptional()
  @IsIn(TASK_STATES)
  state?: TaskState;
}

export const MAX_DONE_NOTE = 2000;

/** POST /api/tasks/:id/done: what was done (ผลการดำเนินการ), may be empty. */
export class TaskDoneDto {
  @ApiPropertyOptional({ example: 'ดำเนินการเผยแพร่บนเว็บไซต์แล้ว', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DONE_NOTE)
  note: string = '';
}
