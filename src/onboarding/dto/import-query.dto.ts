import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: check every row and write nothing; default false (import)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
