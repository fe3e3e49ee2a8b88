import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { RolesGuard } from '../common/auth/roles.guard';
import { OrgModule } from '../org/org.module';
import { RedisConnection } from '../redis/redis-connection';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { FailureWindows, MemoryFailureWindows } from './failure-window';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SharedFailureWindows } from './shared-failure-windows';
import { TokenService } from './token.service';

@Module({
  imports: [OrgModule, PassportModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordHasher,
    TokenService,
    JwtStrategy,
    // One instance, so the API and the web sign-in share one budget per account.
    LoginThrottle,
    // With REDIS_URL every instance shares it too.
    {
      provide: FailureWindows,
      useFactory: (redis: RedisConnection) =>
        redis.configured ? new SharedFailureWindows(redis) : new MemoryFailureWindows(),
      inject: [RedisConnection],
    },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, TokenService, AuthService],
})
export class AuthModule {}
