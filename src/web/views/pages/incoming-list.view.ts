import type { LetterRow } from '../../models/incoming-list.model';
import type { Pagination } from '../../models/memo-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface IncomingListModel {
  canReceive: boolean;
  rows: LetterRow[];
  search: { open: boolean; q: string; number: string; agency: string; from: string; to: string };
  pagination: Pagination;
}

/** ทะเบียนหนังสือรับ: newest first; a secret letter off the viewer's path shows its number only. */
export const incomingListView = compileView<IncomingListModel & PageBase>(`
<div class="page-head">
<h1>หนังสือรับ</h1>
{{#if canReceive}}<a class="button primary" href="/incoming/new">+ ลงรับหนังสือ</a>{{/if}}
</div>
<details class="search card"{{#if search.open}} open{{/if}}>
<summary>ค้นหาหนังสือรับ</summary>
<form method="get" action="/incoming" role="search">
<div class="search-grid">
<div class="field span-all"><label for="q">คำค้นในเรื่อง</label>
<input id="q" name="q" type="search" value="{{search.q}}" enterkeyhint="search"></div>
<div class="field"><label for="number">ที่ (เลขหนังสือของผู้ส่ง)</label>
<input id="number" name="number" type="text" value="{{search.number}}"></div>
<div class="field"><label for="agency">จาก (หน่วยงาน)</label>
<input id="agency" name="agency" type="text" value="{{search.agency}}"></div>
{{> dateField id="from" name="from" label="รับตั้งแต่วันที่" value=search.from}}
{{> dateField id="to" name="to" label="รับถึงวันที่" value=search.to}}
</div>
<p class="actions"><button type="submit" class="button primary">ค้นหา</button> <a href="/incoming">ล้างการค้นหา</a></p>
</form>
</details>
{{#if rows.length}}
<ul class="memo-list letter-list">
{{#each rows}}
<li class="memo-item{{#if urgent}} urgent{{/if}}">
{{#if href}}<a class="memo-link" href="{{href}}">{{else}}<div class="memo-link">{{/if}}
<span class="memo-badges"><span class="badge badge-kind">เลขรับ {{receiveNumber}}</span> {{> memoBadges}}{{#if statusLabel}} <span class="{{statusClass}}">{{statusLabel}}</span>{{/if}}</span>
<span class="memo-subject">{{subject}}</span>
<span class="memo-meta">
{{#if fromAgency}}<span>จาก {{fromAgency}}</span>{{/if}}
{{#if theirNumber}}<span>ที่ {{theirNumber}}</span>{{/if}}
{{#if theirDate}}<span>ลงวันที่ {{theirDate}}</span>{{/if}}
<span>รับ {{receivedAt}}</span>
</span>
{{#if href}}</a>{{else}}</div>{{/if}}
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">ไม่พบหนังสือรับตามเงื่อนไข</p>
{{/if}}
{{> pagination}}
`);
