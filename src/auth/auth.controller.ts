import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExtractJwt } from 'passport-jwt';
import { Public, SignedIn } from '../common/auth/decorators';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { SignInThrottled } from './login-throttle';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in (เข้าสู่ระบบ)',
    description:
      'Returns a short-lived bearer token. There is no refresh token: sign in again when it expires. ' +
      'Failed sign-ins are limited per account (shared with the web sign-in) and per address: ' +
      '429 with Retry-After.',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    try {
      return await this.auth.login(dto, req.ip);
    } catch (error) {
      if (error instanceof SignInThrottled) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }
  }

  @SignedIn()
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
