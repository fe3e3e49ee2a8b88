import type { Pagination } from '../../models/memo-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface CirculationPageModel {
  summary: string;
  rows: Array<{
    href: string;
    subject: string;
    docNumber: string;
    at: string;
    unread: boolean;
    stateLabel: string;
  }>;
  pagination: Pagination;
  tasks: Array<{ href: string; task: string; subject: string; due: string; overdue: boolean }>;
}

export const circulationView = compileView<CirculationPageModel & PageBase>(`
<div class="page-head">
<h1>หนังสือเวียนรอรับทราบ</h1>
</div>
<p>{{summary}}</p>
{{#if rows.length}}
<ul class="memo-list">
{{#each rows}}
<li class="memo-item{{#if unread}} unread{{/if}}">
<a class="memo-link" href="{{href}}">
<span class="memo-badges"><span class="badge badge-status {{#if unread}}in_review{{else}}approved{{/if}}">{{stateLabel}}</span></span>
<span class="memo-subject">{{subject}}</span>
<span class="memo-meta">{{#if docNumber}}<span>{{docNumber}}</span>{{/if}}<span>แจ้งเวียนเมื่อ {{at}}</span></span>
</a>
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">ยังไม่มีหนังสือเวียนถึงท่าน</p>
{{/if}}
{{> pagination}}
<section aria-labelledby="tasks-title">
<h2 id="tasks-title">งานที่ได้รับมอบหมายที่ยังไม่เสร็จ</h2>
{{#if tasks.length}}
<ul class="memo-list">
{{#each tasks}}
<li class="memo-item">
<a class="memo-link" href="{{href}}">
<span class="memo-subject">{{task}}</span>
<span class="memo-meta"><span>กำหนดเสร็จ {{due}}</span>{{#if overdue}}<span class="error-text">เลยกำหนด</span>{{/if}}<span>{{subject}}</span></span>
</a>
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">ไม่มีงานค้าง</p>
{{/if}}
</section>
`);
