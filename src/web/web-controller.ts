import { applyDecorators, Controller, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CsrfGuard } from './csrf/csrf.guard';
import { SessionRenewalInterceptor } from './session/session-renewal.interceptor';

/**
 * A controller of the web interface: CSRF-checked, renewing the session while it is used, and
 * kept out of the API documentation.
 */
export const WebController = (path = ''): ClassDecorator =>
  applyDecorators(
    Controller(path),
    UseGuards(CsrfGuard),
    UseInterceptors(SessionRenewalInterceptor),
    ApiExcludeController(),
  );
