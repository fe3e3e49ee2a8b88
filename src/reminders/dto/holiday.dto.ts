import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-12-10', description: 'ISO day (Gregorian), Bangkok' })
  // Years 2000–2199 only: a Buddhist-era year (2569) typed here would silently be 543 years off.
  @Matches(/^2[01]\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message:
      'day must be an ISO day with the Gregorian year, e.g. 2026-12-10 ' +
      '(วันที่ต้องเป็นปี ค.ศ. เช่น 2026-12-10 สำหรับ ๑๐ ธ.ค. ๒๕๖๙)',
  })
  day!: string;

  @ApiProperty({ example: 'วันรัฐธรรมนูญ' })
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  name!: string;
}

export class HolidaysQueryDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;
}

export class ReminderSettingsDto {
  @ApiProperty({ example: 3, description: 'working days a step may wait before escalation' })
  @IsInt()
  @Min(1)
  @Max(30)
  escalateAfterDays!: number;
}
