import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { CatalogService } from './catalog/catalog.service';
import { LoadCatalogDto } from './dto/catalog.dto';
import { ParseFiscalYearPipe } from './dto/fiscal-year';

@ApiTags('oit')
@ApiBearerAuth()
@Controller('api/oit/catalogs')
export class OitCatalogController {
  constructor(private readonly catalogs: CatalogService) {}

  @Can('viewOitDashboard')
  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.catalogs.list(actor);
  }

  @Can('viewOitDashboard')
  @Get(':fiscalYear')
  show(@CurrentActor() actor: Actor, @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number) {
    return this.catalogs.show(actor, fiscalYear);
  }

  /** Loads the office's list for a year from a catalog file's items (replaces an earlier one). */
  @Can('loadOitCatalog')
  @Put(':fiscalYear')
  load(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Body() dto: LoadCatalogDto,
  ) {
    return this.catalogs.load(actor, fiscalYear, dto);
  }
}
