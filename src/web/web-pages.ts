import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../common/auth/actor';
import type { RequestWithActor } from '../common/auth/decorators';
import { NotificationService } from '../notification/notification.service';
import { InboxService } from '../inbox/inbox.service';
import { may } from '../common/auth/permissions';
import { ROLE_LABELS_TH } from '../common/auth/roles';
import { OrgService } from '../org/org.service';
import { TokenService } from '../auth/token.service';
import { AssetStore } from './assets/asset-store';
import { sessionCookie } from './session/cookies';
import { CsrfService } from './csrf/csrf.service';
import { thaiCount } from './format';
import { INBOX_PERMISSION, navFor } from './nav';
import type { View } from './views/engine';
import { Flash, LayoutModel, layoutView } from './views/layout.view';
import './views/partials';

export interface PageOptions {
  status?: number;
  flash?: Flash;
}

/** The title of a page answering with an error status says so first (WCAG 2.4.2). */
export const ERROR_TITLE_PREFIX = 'ข้อผิดพลาด: ';

const pageTitle = (title: string, status: number): string =>
  status >= 400 && !title.startsWith(ERROR_TITLE_PREFIX) ? ERROR_TITLE_PREFIX + title : title;

/** The common model every page template receives besides its own. */
export interface PageBase {
  csrf: string;
}

/** Renders a page inside the layout: header, menu for the user's roles, unread count. */
@Injectable()
export class WebPages {
  constructor(
    private readonly csrf: CsrfService,
    private readonly assets: AssetStore,
    private readonly org: OrgService,
    private readonly notifications: NotificationService,
    private readonly tokens: TokenService,
    private readonly inbox: InboxService,
  ) {}

  /** A page for the signed-in user. */
  async render<M extends object>(
    req: Request,
    res: Response,
    view: View<M & PageBase>,
    title: string,
    model: M,
    options: PageOptions = {},
  ): Promise<void> {
    const actor = actorOf(req);
    const [me, unread, waiting] = await Promise.all([
      this.org.me(actor),
      this.notifications.list(actor, true, 1, 1).then((n) => n.unread),
      // One COUNT query, and only for those whose menu has the inbox.
      may(actor.roles, INBOX_PERMISSION) ? this.inbox.count(actor) : Promise.resolve(0),
    ]);
    const csrf = this.csrf.token(req, res);
    this.send(res, options.status, {
      title,
      body: view({ ...model, csrf }),
      css: this.assets.url('app.css'),
      js: this.assets.url('app.js'),
      csrf,
      flash: options.flash,
      user: {
        name: me.user.name,
        position: me.user.position ?? '',
        office: me.organization.shortName ?? me.organization.name,
        roles: actor.roles.map((r) => ROLE_LABELS_TH[r]).join(' · '),
      },
      nav: navFor(actor.roles, req.path, waiting),
      unread,
      unreadLabel: unread > 99 ? '๙๙+' : thaiCount(unread),
      sessionSeconds: this.sessionSecondsLeft(req, res),
    });
  }

  /** How long the session lasts from now (a renewal in this response counts), for app.js. */
  private sessionSecondsLeft(req: Request, res: Response): number {
    const renewed = (res.locals as { sessionEndsAt?: number }).sessionEndsAt;
    const ends = renewed ?? this.tokens.expiryOf(sessionCookie(req)) ?? 0;
    return Math.max(0, Math.floor(ends - Date.now() / 1000));
  }

  /** A page without a signed-in user: sign-in, error pages. */
  renderBare<M extends object>(
    req: Request,
    res: Response,
    view: View<M & PageBase>,
    title: string,
    model: M,
    options: PageOptions = {},
  ): void {
    const csrf = this.csrf.token(req, res);
    this.send(res, options.status, {
      title,
      body: view({ ...model, csrf }),
      css: this.assets.url('app.css'),
      js: this.assets.url('app.js'),
      csrf,
      flash: options.flash,
    });
  }

  private send(res: Response, status: number | undefined, model: LayoutModel): void {
    // Pages carry private data and a form token: never cached, never stored.
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(status ?? 200)
      .type('html')
      .send(layoutView({ ...model, title: pageTitle(model.title, status ?? 200) }));
  }
}

/** Whether the request passed the auth guard (an error page may then show the menu). */
export const isSignedIn = (req: Request): boolean => !!(req as RequestWithActor).user;

export function actorOf(req: Request): Actor {
  const user = (req as RequestWithActor).user;
  if (!user) throw new Error('A web page for signed-in users was rendered without one');
  return { ...user, ip: req.ip };
}
