import type { Pagination } from '../../models/memo-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface NotificationsModel {
  unread: boolean;
  rows: Array<{ id: number; title: string; at: string; unread: boolean; memoId: number | string }>;
  pagination: Pagination;
}

export const notificationsView = compileView<NotificationsModel & PageBase>(`
<div class="page-head">
<h1>การแจ้งเตือน</h1>
{{#if unread}}<form method="post" action="/notifications/read-all">{{> csrf}}<button type="submit" class="button secondary">ทำเครื่องหมายว่าอ่านแล้วทั้งหมด</button></form>{{/if}}
</div>
{{#if rows.length}}
<ul class="memo-list">
{{#each rows}}
<li class="memo-item{{#if unread}} unread{{/if}}">
<form method="post" action="/notifications/{{id}}/open" class="notification">{{> csrf}}
{{#if memoId}}<input type="hidden" name="memoId" value="{{memoId}}">{{/if}}
<button type="submit" class="notification-open">{{#if unread}}<span class="badge badge-status in_review">ใหม่</span> {{/if}}<span class="memo-subject">{{title}}</span><span class="memo-meta">{{at}}</span></button>
</form>
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">ยังไม่มีการแจ้งเตือน</p>
{{/if}}
{{> pagination}}
`);
