import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../common/auth/decorators';
import {
  CreateDelegationDto,
  CreateGroupDto,
  CreateUserDto,
  UpdateGroupDto,
  UpdateUserDto,
} from './dto/org.dto';
import { DelegationService } from './delegation.service';
import { OrgService } from './org.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api')
export class OrgController {
  constructor(
    private readonly org: OrgService,
    private readonly delegations: DelegationService,
  ) {}

  @SignedIn()
  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return this.org.me(actor);
  }

  @SignedIn()
  @Get('org')
  organization(@CurrentActor() actor: Actor) {
    return this.org.organization(actor);
  }

  @SignedIn()
  @Get('groups')
  listGroups(@CurrentActor() actor: Actor) {
    return this.org.listGroups(actor);
  }

  @Can('administer')
  @Post('groups')
  createGroup(@CurrentActor() actor: Actor, @Body() dto: CreateGroupDto) {
    return this.org.createGroup(actor, dto);
  }

  @Can('administer')
  @Patch('groups/:id')
  updateGroup(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateGroupDto,
  ) {
    return this.org.updateGroup(actor, id, dto);
  }

  @SignedIn()
  @Get('positions')
  listPositions(@CurrentActor() actor: Actor) {
    return this.org.listPositions(actor);
  }

  @SignedIn()
  @Get('users')
  listUsers(@CurrentActor() actor: Actor) {
    return this.org.listUsers(actor);
  }

  @SignedIn()
  @Get('users/:id')
  getUser(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.org.getUser(actor, id);
  }

  @Can('administer')
  @Post('users')
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.org.createUser(actor, dto);
  }

  @Can('administer')
  @Patch('users/:id')
  updateUser(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateUserDto,
  ) {
    return this.org.updateUser(actor, id, dto);
  }

  @SignedIn()
  @Get('delegations')
  listDelegations(@CurrentActor() actor: Actor) {
    return this.delegations.list(actor);
  }

  @Can('delegate')
  @Post('delegations')
  createDelegation(@CurrentActor() actor: Actor, @Body() dto: CreateDelegationDto) {
    return this.delegations.create(actor, dto);
  }

  @Can('delegate')
  @Post('delegations/:id/revoke')
  revokeDelegation(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.delegations.revoke(actor, id);
  }
}
