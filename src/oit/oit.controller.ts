import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ChecklistUseCase } from './checklist/checklist.use-case';
import { ParseFiscalYearPipe } from './dto/fiscal-year';
import { ScoreRequestDto, SurveyDto } from './dto/score.dto';
import { SuggestRequestDto } from './dto/suggest.dto';
import { PublicationService } from './publication/publication.service';
import { ScoreService } from './scoring/score.service';
import { SettingsService } from './settings.service';
import { SuggestionService } from './suggest/suggestion.service';

@ApiTags('oit')
@ApiBearerAuth()
@Controller('api/oit')
export class OitController {
  constructor(
    private readonly scores: ScoreService,
    private readonly suggestions: SuggestionService,
    private readonly checklist: ChecklistUseCase,
    private readonly publication: PublicationService,
    private readonly settings: SettingsService,
  ) {}

  @Can('viewOitDashboard')
  @HttpCode(200)
  @Post('score')
  score(@CurrentActor() actor: Actor, @Body() dto: ScoreRequestDto) {
    return this.scores.score(actor, dto);
  }

  @Can('viewOitDashboard')
  @HttpCode(200)
  @Post('suggest')
  suggest(@CurrentActor() actor: Actor, @Body() dto: SuggestRequestDto) {
    return this.suggestions.suggestForActor(actor, dto);
  }

  @Can('viewOitDashboard')
  @Get(':fiscalYear/checklist')
  checklistOf(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ) {
    return this.checklist.execute(actor, fiscalYear);
  }

  @Can('manageOit')
  @Put(':fiscalYear/survey')
  setSurvey(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Body() dto: SurveyDto,
  ) {
    return this.settings.setSurvey(actor, fiscalYear, dto);
  }

  @Can('manageOit')
  @Post(':fiscalYear/submit')
  submit(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ) {
    return this.publication.submit(actor, fiscalYear);
  }
}
