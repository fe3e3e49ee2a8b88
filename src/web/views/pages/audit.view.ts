import type { Pagination } from '../../models/memo-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface AuditModel {
  chain: { ok: boolean; text: string };
  rows: Array<{
    seq: string;
    at: string;
    who: string;
    action: string;
    entity: string;
    href: string;
    hash: string;
  }>;
  pagination: Pagination;
}

export const auditView = compileView<AuditModel & PageBase>(`
<h1>บันทึกการใช้งาน</h1>
<p class="flash {{#if chain.ok}}flash-ok{{else}}flash-error{{/if}}" role="status" id="chain-status">{{#if chain.ok}}✓{{else}}✗{{/if}} {{chain.text}}</p>
<div class="table-wrap">
<table class="data stacked">
<caption class="visually-hidden">รายการบันทึกการใช้งาน ล่าสุดก่อน</caption>
<thead><tr><th scope="col">ลำดับ</th><th scope="col">เวลา</th><th scope="col">ผู้ดำเนินการ</th><th scope="col">การดำเนินการ</th><th scope="col">รายการ</th><th scope="col">แฮช</th></tr></thead>
<tbody>
{{#each rows}}
<tr><td data-label="ลำดับ">{{seq}}</td><td data-label="เวลา">{{at}}</td><td data-label="ผู้ดำเนินการ">{{who}}</td><td data-label="การดำเนินการ">{{action}}</td>
<td data-label="รายการ">{{#if href}}<a href="{{href}}">{{entity}}</a>{{else}}{{entity}}{{/if}}</td><td data-label="แฮช"><code>{{hash}}</code></td></tr>
{{/each}}
</tbody>
</table>
</div>
{{> pagination}}
`);
