import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A new office with its first admin, as the platform page posts it. */
export class OfficeFormDto {
  @IsString() @MaxLength(64) code = '';
  @IsString() @MaxLength(255) name = '';
  @IsOptional() @IsString() @MaxLength(100) shortName = '';
  @IsString() @MaxLength(50) bookCode = '';
  @IsOptional() @IsString() @MaxLength(500) address = '';
  @IsOptional() @IsString() @MaxLength(50) phone = '';
  @IsOptional() @IsString() @MaxLength(255) email = '';
  @IsString() @MaxLength(64) adminUsername = '';
  @IsString() @MaxLength(256) adminPassword = '';
  @IsString() @MaxLength(201) adminName = '';
}

export class OfficeActiveFormDto {
  @IsIn(['0', '1'])
  active!: string;
}

/** An import: a file (checked), or the checked file's bytes sent back to import them. */
export class ImportFormDto {
  @IsIn(['groups', 'users', 'recipients'])
  kind!: 'groups' | 'users' | 'recipients';

  @IsIn(['check', 'import'])
  mode!: 'check' | 'import';

  /** Base64url of the file the dry run checked, carried by the page to the real import. */
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  @Matches(/^[A-Za-z0-9_-]*$/)
  content?: string;
}
