import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/decorators';
import type { ReceiptPage } from './receipt-page';
import { ReceiptsService } from './receipts.service';

/** Public: the receipt link e-mailed to a school or agency (its token is the only credential). */
@ApiTags('receipts')
@Controller('receipts')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  /** Shows the document and a confirm button; changes nothing (mail scanners open links). */
  @Public()
  @Get(':token')
  async show(@Param('token') token: string, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.receipts.show(token));
  }

  /** Records the receipt with its time; 410 when already confirmed, 404 for unknown links. */
  @Public()
  @Post(':token')
  @HttpCode(200)
  async confirm(@Param('token') token: string, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.receipts.confirm(token));
  }
}

function send(res: Response, page: ReceiptPage): string {
  res.status(page.status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  return page.html;
}
