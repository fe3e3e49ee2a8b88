import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { CreateOfficeDto } from './dto/office.dto';
import { OfficesService } from './offices.service';

/** The platform administrator's routes: offices, never their documents. */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('api/offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Can('manageOffices')
  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.offices.list(actor);
  }

  @Can('manageOffices')
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOfficeDto) {
    return this.offices.create(actor, dto);
  }

  @Can('manageOffices')
  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.offices.setActive(actor, id, false);
  }

  @Can('manageOffices')
  @Post(':id/activate')
  @HttpCode(200)
  activate(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.offices.setActive(actor, id, true);
  }
}
