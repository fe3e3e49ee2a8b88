import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/**
 * For public routes that show more to a signed-in reader: a valid token (bearer, or the web
 * session cookie outside /api) sets the actor; a missing or invalid one leaves the request
 * anonymous instead of refusing it.
 */
@Injectable()
export class OptionalJwtGuard extends AuthGuard('jwt') {
  override handleRequest<T>(_err: unknown, user: T | false): T | undefined {
    return user || undefined;
  }
}
