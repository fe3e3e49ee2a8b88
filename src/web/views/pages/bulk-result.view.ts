import type { BulkResultRow } from '../../models/bulk-result.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface BulkResultModel {
  rows: BulkResultRow[];
}

/** After อนุมัติที่เลือก: each picked memo with its outcome in words, then back to the inbox. */
export const bulkResultView = compileView<BulkResultModel & PageBase>(`
<div class="page-head">
<h1>ผลการอนุมัติที่เลือก</h1>
</div>
<ul class="memo-list bulk-results">
{{#each rows}}
<li class="memo-item {{#if ok}}bulk-ok{{else}}bulk-refused{{/if}}">
{{#if href}}<a class="memo-link" href="{{href}}">{{else}}<div class="memo-link">{{/if}}
<span class="memo-badges"><span class="badge badge-status {{outcomeClass}}">{{outcome}}</span></span>
<span class="memo-subject">{{subject}}</span>
{{#if reason}}<span class="memo-meta"><span>{{reason}}</span></span>{{/if}}
{{#if docNumber}}<span class="memo-meta"><span>ที่ {{docNumber}}</span></span>{{/if}}
{{#if href}}</a>{{else}}</div>{{/if}}
</li>
{{/each}}
</ul>
<p class="actions"><a class="button primary" href="/inbox">กลับไปที่งานรอดำเนินการ</a></p>
`);
