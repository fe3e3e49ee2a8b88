import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ParseItemCodePipe } from './dto/item-code.pipe';
import { AssignGroupDto, CreateRuleDto } from './dto/settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('oit')
@ApiBearerAuth()
@Controller('api/oit')
export class OitSettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Can('viewOitDashboard')
  @Get('rules')
  listRules(@CurrentActor() actor: Actor) {
    return this.settings.listRules(actor);
  }

  @Can('manageOit')
  @Post('rules')
  createRule(@CurrentActor() actor: Actor, @Body() dto: CreateRuleDto) {
    return this.settings.createRule(actor, dto);
  }

  @Can('manageOit')
  @HttpCode(204)
  @Delete('rules/:id')
  deleteRule(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.settings.deleteRule(actor, id);
  }

  @Can('viewOitDashboard')
  @Get('assignments')
  listAssignments(@CurrentActor() actor: Actor) {
    return this.settings.listAssignments(actor);
  }

  @Can('manageOit')
  @Put('assignments/:code')
  assign(
    @CurrentActor() actor: Actor,
    @Param('code', ParseItemCodePipe) code: string,
    @Body() dto: AssignGroupDto,
  ) {
    return this.settings.assign(actor, code, dto);
  }
}
