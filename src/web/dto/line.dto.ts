import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The link token LINE issued, as the link URL and the confirm form carry it. */
export class LineLinkTokenDto {
  @IsOptional()
  @IsString()
  @MaxLength(512)
  linkToken?: string;
}
