import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { Asset, AssetStore } from './asset-store';

class AssetQueryDto {
  @IsOptional()
  @Matches(/^[0-9a-f]{1,64}$/)
  v?: string;
}

const YEAR = 31_536_000;

/** Static files for the web pages (CSP: styles, scripts and fonts only from 'self'). */
@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  constructor(private readonly assets: AssetStore) {}

  @Public()
  @Get('fonts/:name')
  font(@Param('name') name: string, @Res() res: Response): void {
    // Font files are named by subset and weight and never change within a package version.
    this.send(res, this.assets.font(name), `public, max-age=${YEAR}, immutable`);
  }

  @Public()
  @Get(':name')
  file(@Param('name') name: string, @Query() q: AssetQueryDto, @Res() res: Response): void {
    const asset = this.assets.file(name);
    const pinned = asset !== undefined && q.v === asset.version;
    this.send(res, asset, pinned ? `public, max-age=${YEAR}, immutable` : 'public, max-age=300');
  }

  private send(res: Response, asset: Asset | undefined, cacheControl: string): void {
    if (!asset) throw new DomainError('ROUTE_NOT_FOUND');
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('ETag', `"${asset.version}"`);
    res.type(asset.contentType);
    // express answers 304 itself when If-None-Match matches the ETag.
    res.send(asset.bytes);
  }
}
