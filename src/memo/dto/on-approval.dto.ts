import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Length,
  Matches,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { CalendarDateTime } from '../../common/validation/calendar-date';
import { IsPositiveInt, NOT_BLANK } from '../../common/validation/fields';
import { IdList } from './issuance-validators';
import { MEMO_LIMITS } from './memo.limits';

/** Of these fields of the object, exactly one is given. */
const ExactlyOneOf = (keys: readonly string[], options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'exactlyOneOf',
      constraints: [keys],
      validator: {
        validate: (_: unknown, args?: ValidationArguments) => {
          const o = (args?.object ?? {}) as Record<string, unknown>;
          return keys.filter((k) => o[k] !== undefined).length === 1;
        },
        defaultMessage: () =>
          `ระบุ ${keys.join(' หรือ ')} อย่างใดอย่างหนึ่ง (give exactly one of ${keys.join(', ')})`,
      },
    },
    options,
  );

const AUDIENCE_KEYS = ['to', 'groupIds', 'usernames'] as const;
const ASSIGNEE_KEYS = ['groupId', 'username'] as const;

/** Whom the approved memo is circulated to, for each to acknowledge: exactly one of these. */
export class CirculateDto {
  @ApiPropertyOptional({ enum: ['all-staff'], description: 'Every active person of the office' })
  @ValidateIf((o: CirculateDto) => o.to !== undefined || noAudience(o))
  @ExactlyOneOf(AUDIENCE_KEYS)
  @IsIn(['all-staff'])
  to?: 'all-staff';

  @ApiPropertyOptional({ type: [Number], description: 'Groups of the office: their members' })
  @ValidateIf((o: CirculateDto) => o.groupIds !== undefined)
  @ExactlyOneOf(AUDIENCE_KEYS)
  @ArrayMinSize(1)
  @IdList()
  groupIds?: number[];

  @ApiPropertyOptional({ type: [String], description: 'People of the office' })
  @ValidateIf((o: CirculateDto) => o.usernames !== undefined)
  @ExactlyOneOf(AUDIENCE_KEYS)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEMO_LIMITS.circulationUsers)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  usernames?: string[];
}

const noAudience = (o: CirculateDto): boolean => AUDIENCE_KEYS.every((k) => o[k] === undefined);

/** A task the approval assigns: to a group or to one person (exactly one), due at a time. */
export class TaskDto {
  @ApiPropertyOptional({ description: 'A group of the office' })
  @ValidateIf((o: TaskDto) => o.groupId !== undefined || o.username === undefined)
  @ExactlyOneOf(ASSIGNEE_KEYS)
  @IsPositiveInt()
  groupId?: number;

  @ApiPropertyOptional({ description: 'A person of the office' })
  @ValidateIf((o: TaskDto) => o.username !== undefined)
  @ExactlyOneOf(ASSIGNEE_KEYS)
  @IsString()
  @Length(1, 64)
  username?: string;

  @ApiProperty({ example: 'จัดทำประกาศเจตจำนงสุจริตเผยแพร่บนเว็บไซต์' })
  @IsString()
  @Length(1, MEMO_LIMITS.task)
  @Matches(NOT_BLANK, { message: 'task must not be blank' })
  task!: string;

  @ApiProperty({ description: 'ISO 8601 date-time, in the future when drafted' })
  @CalendarDateTime()
  dueAt!: Date;
}

export class OnApprovalDto {
  @ApiPropertyOptional({ type: CirculateDto })
  @ValidateIf((o: OnApprovalDto) => o.circulate !== undefined)
  @ValidateNested()
  @Type(() => CirculateDto)
  circulate?: CirculateDto;

  @ApiPropertyOptional({ type: [TaskDto] })
  @ValidateIf((o: OnApprovalDto) => o.tasks !== undefined)
  @IsArray()
  @ArrayMaxSize(MEMO_LIMITS.tasks)
  @ValidateNested({ each: true })
  @Type(() => TaskDto)
  tasks?: TaskDto[];
}
