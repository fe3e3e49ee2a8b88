import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The sign-in form; any mistake is answered on the form itself, never as a 400 page. */
export class SignInFormDto {
  @IsString()
  @MaxLength(256)
  username!: string;

  @IsString()
  @MaxLength(256)
  password!: string;

  @IsOptional()
  @IsString()
  @MaxLength(600)
  next?: string;

  /** A form posted after the session ended, to offer again once signed in (see resume.ts). */
  @IsOptional()
  @IsString()
  @MaxLength(6000)
  carry?: string;
}

export class SignInQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(600)
  next?: string;

  /** Why the form is shown: the session expired, or the user signed out. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  reason?: string;
}
