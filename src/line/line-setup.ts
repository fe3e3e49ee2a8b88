import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';

/** Whether the office runs a LINE Official Account here, and its webhook secret. */
@Injectable()
export class LineSetup {
  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.get('LINE_CHANNEL_ACCESS_TOKEN') && this.secretOrNull);
  }

  /** The channel secret; a route of an unconfigured channel answers 404. */
  get secret(): string {
    const secret = this.secretOrNull;
    if (!this.configured || !secret) throw new DomainError('LINE_NOT_CONFIGURED');
    return secret;
  }

  private get secretOrNull(): string | undefined {
    return this.config.get('LINE_CHANNEL_SECRET') || undefined;
  }
}
