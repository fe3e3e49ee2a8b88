import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface DispatchModel {
  memoId: number;
  summary: string;
  rows: Array<{
    recipient: string;
    email: string;
    channel: string;
    received: boolean;
    stateLabel: string;
    detail: string;
    resendAction: string | null;
  }>;
}

// One card per recipient, stacked: readable on a phone without sideways scrolling.
export const dispatchView = compileView<DispatchModel & PageBase>(`
<div class="page-head">
<h1>การส่งหนังสือและการตอบรับ</h1>
<p><a href="/memos/{{memoId}}">กลับไปที่บันทึก</a></p>
</div>
<p class="dispatch-summary">{{summary}}</p>
{{#if rows.length}}
<ul class="memo-list dispatch-list">
{{#each rows}}
<li class="memo-item">
<span class="memo-subject">{{recipient}}</span>
<span class="memo-meta">{{channel}}{{#if email}} · {{email}}{{/if}}</span>
<span class="badge badge-status {{#if received}}approved{{else}}in_review{{/if}}">{{stateLabel}}</span>
<span class="memo-meta">{{detail}}</span>
{{#if resendAction}}<form method="post" action="{{resendAction}}">{{> csrf}}<button type="submit" class="button secondary">ส่งอีกครั้ง</button></form>{{/if}}
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">หนังสือฉบับนี้ยังไม่ได้ส่งถึงผู้รับภายนอกหรือกลุ่มใด</p>
{{/if}}
`);
