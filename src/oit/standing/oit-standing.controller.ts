import { Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor, Public } from '../../common/auth/decorators';
import { ParseFiscalYearPipe } from '../dto/fiscal-year';
import { StandingLinkUseCase } from './standing-link.use-case';
import { renderStandingPage, STANDING_STYLESHEET } from './standing-page';
import { parseStandingCode, StandingService } from './standing.service';
import type { StandingCode } from './standing-view';

/**
 * O1 (structure) and O2 (executives), generated from the office's groups and users: public pages
 * that read live data until the year is submitted and the frozen copy after, and the route that
 * links them as the items' evidence.
 */
@ApiTags('oit standing')
@Controller()
export class OitStandingController {
  constructor(
    private readonly standing: StandingService,
    private readonly linking: StandingLinkUseCase,
  ) {}

  @Public()
  @Get('oit-assets/standing.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return STANDING_STYLESHEET;
  }

  @Public()
  @Get('oit/:orgCode/:fiscalYear/o1')
  @Header('Content-Type', 'text/html; charset=utf-8')
  structure(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ): Promise<string> {
    return this.page('O1', orgCode, fiscalYear);
  }

  @Public()
  @Get('oit/:orgCode/:fiscalYear/o2')
  @Header('Content-Type', 'text/html; charset=utf-8')
  executives(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ): Promise<string> {
    return this.page('O2', orgCode, fiscalYear);
  }

  /** Registers the page as web evidence (once) and links it, confirmed, to O1 or O2 of the year. */
  @ApiBearerAuth()
  @Can('decideOitLinks')
  @Post('api/oit/:fiscalYear/standing/:code/link')
  link(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Param('code') code: string,
  ) {
    return this.linking.execute(actor, fiscalYear, parseStandingCode(code));
  }

  private async page(code: StandingCode, orgCode: string, fiscalYear: number): Promise<string> {
    const { view, frozen } = await this.standing.publicView(orgCode, fiscalYear);
    const backHref = `/oit/${encodeURIComponent(view.org.code)}/${fiscalYear}`;
    return renderStandingPage(view, { code, fiscalYear, frozen, backHref });
  }
}
