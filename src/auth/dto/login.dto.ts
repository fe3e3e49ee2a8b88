import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[\w.@-]+$/, { message: 'username may contain letters, digits and . _ @ - only' })
  username!: string;

  @ApiProperty({ example: 'saraban-demo' })
  @IsString()
  @Length(1, 256)
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires; sign in again afterwards' })
  expiresIn!: number;
  @ApiProperty() user!: {
    id: number;
    username: string;
    orgId: number;
    roles: string[];
    name: string;
  };
}
