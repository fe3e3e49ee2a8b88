import { Body, Get, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { fiscalYear } from '../../common/thai/thai-format';
import { CatalogService } from '../../oit/catalog/catalog.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import { CatalogFormDto } from '../dto/oit-coordinator.dto';
import { thaiCount, thaiDate } from '../format';
import { catalogFromFile } from '../models/oit-catalog-file';
import { oitCatalogsView } from '../views/pages/oit-catalogs.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const SOURCE_TH: Record<string, string> = { national: 'ส่วนกลาง', office: 'ของหน่วยงาน' };

/** Loading another fiscal year's OIT list from its catalog file. */
@WebController('oit/catalogs')
export class OitCatalogPagesController {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('loadOitCatalog')
  @Get()
  async page(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { catalogs } = await this.catalogs.list(actor);
    const current = fiscalYear(this.clock.now());
    await this.pages.render(req, res, oitCatalogsView, 'รายการตัวชี้วัด OIT รายปี', {
      catalogs: catalogs.map((c) => ({
        year: thaiCount(c.fiscalYear),
        source: SOURCE_TH[c.source] ?? c.source,
        loadedAt: thaiDate(c.loadedAt),
      })),
      years: [current + 1, current, current - 1].map((y) => ({ value: y, label: thaiCount(y) })),
    });
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('loadOitCatalog')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async load(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Body() dto: CatalogFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.catalogs.load(actor, dto.year, await catalogFromFile(file));
    res.redirect(303, `/oit?year=${dto.year}&done=catalog`);
  }
}
