import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CsrfGuard } from './csrf/csrf.guard';

/** A controller of the web interface: CSRF-checked, and kept out of the API documentation. */
export const WebController = (path = ''): ClassDecorator =>
  applyDecorators(Controller(path), UseGuards(CsrfGuard), ApiExcludeController());
