import type { Pagination, Tab } from '../../models/memo-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface RegistersModel {
  heading: string;
  tabs: Tab[];
  register: string;
  years: Array<{ value: number; label: string; selected: boolean }>;
  csvHref: string;
  canCancel: boolean;
  rows: Array<{
    seq: string;
    number: string;
    date: string;
    subject: string;
    href: string;
    cancelled: boolean;
    statusLabel: string;
    cancelReason: string;
    cancelAction: string;
  }>;
  pagination: Pagination;
}

export const registersView = compileView<RegistersModel & PageBase>(`
<div class="page-head">
<h1>{{heading}}</h1>
<a class="button secondary" href="{{csvHref}}" download>ดาวน์โหลด CSV</a>
</div>
{{> tabs}}
<form method="get" action="/registers" class="actions filter">
<input type="hidden" name="register" value="{{register}}">
<label for="year">ปี พ.ศ.</label>
<select id="year" name="year">{{#each years}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select>
<button type="submit" class="button secondary">แสดง</button>
</form>
{{#if rows.length}}
<div class="table-wrap">
<table class="data stacked">
<caption class="visually-hidden">{{heading}}</caption>
<thead><tr><th scope="col">ลำดับ</th><th scope="col">เลขที่</th><th scope="col">ลงวันที่</th><th scope="col">เรื่อง</th><th scope="col">สถานะ</th>{{#if canCancel}}<th scope="col">ยกเลิกเลข</th>{{/if}}</tr></thead>
<tbody>
{{#each rows}}
<tr{{#if cancelled}} class="cancelled"{{/if}}>
<td data-label="ลำดับ">{{seq}}</td>
<td data-label="เลขที่" class="nowrap">{{number}}</td>
<td data-label="ลงวันที่">{{date}}</td>
<td data-label="เรื่อง">{{#if href}}<a href="{{href}}">{{subject}}</a>{{else}}{{subject}}{{/if}}</td>
<td data-label="สถานะ">{{statusLabel}}{{#if cancelReason}}<br><span class="small">{{cancelReason}}</span>{{/if}}</td>
{{#if ../canCancel}}<td data-label="ยกเลิกเลข">{{#unless cancelled}}<details><summary class="button small danger">ยกเลิกเลขนี้…<span class="visually-hidden"> ลำดับที่ {{seq}}</span></summary>
<form method="post" action="{{cancelAction}}" class="stack">{{> csrf}}
<div class="field"><label for="reason-{{seq}}">เหตุที่ยกเลิก</label><input id="reason-{{seq}}" name="reason" type="text" maxlength="500" required></div>
<button type="submit" class="button small danger">ยืนยันยกเลิกเลข</button></form></details>{{/unless}}</td>{{/if}}
</tr>
{{/each}}
</tbody>
</table>
</div>
{{else}}
<p class="empty">ยังไม่มีการลงทะเบียนในปีนี้</p>
{{/if}}
{{> pagination}}
`);
