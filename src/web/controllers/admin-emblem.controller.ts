import { Get, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { EMBLEM_IMAGE_CSP, OfficeEmblemService } from '../../org/office-emblem.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import { WebController } from '../web-controller';
import { AdminPageRenderer } from './admin-page';

/**
 * The office's own Garuda on the admin page (issue 21, R3): its preview, the upload (refusals
 * shown at the file field) and the way back to the server's default.
 */
@WebController('admin/emblem')
export class AdminEmblemPagesController {
  constructor(
    private readonly emblems: OfficeEmblemService,
    private readonly admin: AdminPageRenderer,
  ) {}

  /** The Garuda the office's documents print now, for the page's preview. */
  @Can('administer')
  @Get()
  async emblemImage(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const file = await this.emblems.file(actor.orgId);
    res
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Security-Policy': EMBLEM_IMAGE_CSP,
        'Cache-Control': 'private, no-cache',
      })
      .send(file.body);
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('administer')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async uploadEmblem(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.emblems.upload(actor, file);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 400) throw error;
      const emblemError = ERROR_CATALOG[error.code].th;
      return this.admin.page(actor, req, res, { emblemError }, 400);
    }
    res.redirect(303, '/admin?done=emblem#emblem');
  }

  @Can('administer')
  @Post('remove')
  async removeEmblem(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    await this.emblems.remove(actor);
    res.redirect(303, '/admin?done=emblem-removed#emblem');
  }
}
