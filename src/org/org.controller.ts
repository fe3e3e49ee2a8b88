import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Param,
  Patch,
  Post,
  Put,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../common/auth/decorators';
import {
  CreateDelegationDto,
  CreateGroupDto,
  CreateUserDto,
  UpdateGroupDto,
  UpdateUserDto,
} from './dto/org.dto';
import type { UploadedFile as Upload } from '../storage/upload';
import { DelegationService } from './delegation.service';
import { EMBLEM_IMAGE_CSP, OfficeEmblemService } from './office-emblem.service';
import { OrgService } from './org.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api')
export class OrgController {
  constructor(
    private readonly org: OrgService,
    private readonly delegations: DelegationService,
    private readonly emblems: OfficeEmblemService,
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

  /** The Garuda the office's documents print: its own, or the server's default. */
  @SignedIn()
  @Get('org/emblem')
  @Header('Content-Security-Policy', EMBLEM_IMAGE_CSP)
  @Header('Cache-Control', 'private, no-cache')
  async emblem(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.emblems.file(actor.orgId);
    return new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
  }

  /** PNG, JPEG or SVG, about as wide as tall (400 EMBLEM_* otherwise); the admin only. */
  @Can('administer')
  @Put('org/emblem')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  uploadEmblem(@CurrentActor() actor: Actor, @UploadedFile() file: Upload | undefined) {
    return this.emblems.upload(actor, file);
  }

  /** Back to the server's default emblem. */
  @Can('administer')
  @Delete('org/emblem')
  removeEmblem(@CurrentActor() actor: Actor) {
    return this.emblems.remove(actor);
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
