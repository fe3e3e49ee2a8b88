import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { AssetStore } from './asset-store';

/** Browsers ask for /favicon.ico on pages that name no icon (the public verify and OIT pages). */
@ApiExcludeController()
@Controller()
export class FaviconController {
  constructor(private readonly assets: AssetStore) {}

  @Public()
  @Get('favicon.ico')
  favicon(@Res() res: Response): void {
    const icon = this.assets.file('favicon.svg');
    if (!icon) throw new DomainError('ROUTE_NOT_FOUND');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type(icon.contentType).send(icon.bytes);
  }
}
