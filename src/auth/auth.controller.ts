import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { ExtractJwt } from 'passport-jwt';
import { AnyRole, Public } from '../common/auth/decorators';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponseDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in (เข้าสู่ระบบ)',
    description:
      'Returns a short-lived bearer token. There is no refresh token: sign in again when it expires.',
  })
  login(@Body() dto: LoginDto): Promise<LoginResponseDto> {
    return this.auth.login(dto);
  }

  @AnyRole()
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out everywhere (ออกจากระบบทุกอุปกรณ์)',
    description: 'Ends every session of the caller: this token, other tokens and web sign-ins.',
  })
  async logout(@Req() req: Request): Promise<void> {
    await this.auth.signOut(ExtractJwt.fromAuthHeaderAsBearerToken()(req) ?? '');
  }
}
