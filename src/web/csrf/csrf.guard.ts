import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { CSRF_FIELD, CsrfService } from './csrf.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every state-changing web request must carry the form token; the API uses bearer tokens. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (!this.csrf.isValid(req)) throw new DomainError('CSRF_REJECTED');
    // The form DTOs never see the token (the validation pipe forbids unknown fields).
    const body = req.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object') delete body[CSRF_FIELD];
    return true;
  }
}
