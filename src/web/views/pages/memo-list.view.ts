import type { MemoRow, Pagination, SearchForm, Tab } from '../../models/memo-list.model';
import { MAX_NOTE } from '../../../workflow/dto/transition.dto';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface MemoListModel {
  heading: string;
  tabs: Tab[];
  rows: MemoRow[];
  empty: string;
  isInbox: boolean;
  canDraft: boolean;
  search?: SearchForm & { box: string };
  pagination: Pagination;
  /** The bulk approval form, when some rows can be picked: at most `max` (Thai digits). */
  bulk?: { max: string };
}

export const memoListView = compileView<MemoListModel & PageBase>(`
<div class="page-head">
<h1>{{heading}}</h1>
{{#if canDraft}}<a class="button primary" href="/memos/new">+ เขียนบันทึกใหม่</a>{{/if}}
</div>
{{> tabs}}
{{#if search}}
<details class="search card"{{#if search.open}} open{{/if}}>
<summary>ค้นหาบันทึก</summary>
<form method="get" action="/memos" role="search">
<input type="hidden" name="box" value="{{search.box}}">
<div class="search-grid">
<div class="field span-all"><label for="q">คำค้น (เรื่องหรือเนื้อความ)</label>
<input id="q" name="q" type="search" value="{{search.q}}" enterkeyhint="search"></div>
<div class="field"><label for="number">เลขที่หนังสือ</label>
<input id="number" name="number" type="text" value="{{search.number}}" inputmode="numeric" aria-describedby="number-hint">
<span class="hint" id="number-hint">เช่น ๑๒ หรือ 12</span></div>
{{> dateField id="from" name="from" label="ตั้งแต่วันที่" value=search.from}}
{{> dateField id="to" name="to" label="ถึงวันที่" value=search.to}}
<div class="field"><label for="status">สถานะ</label>
<select id="status" name="status">{{#each search.statuses}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
</div>
<p class="actions"><button type="submit" class="button primary">ค้นหา</button> <a href="/memos?box={{search.box}}">ล้างการค้นหา</a></p>
</form>
</details>
{{/if}}
{{#if rows.length}}
<ul class="memo-list">
{{#each rows}}
<li class="memo-item{{#if urgent}} urgent{{/if}}{{#if pick}} pickable{{/if}}">
{{#if pick}}<label class="pick"><input type="checkbox" name="items" value="{{pick}}" form="bulk-approve"><span class="visually-hidden">เลือกเรื่อง {{subject}}</span></label>{{/if}}
<a class="memo-link" href="{{href}}">
<span class="memo-badges">{{#if kindLabel}}<span class="badge badge-kind">{{kindLabel}}</span> {{/if}}{{> memoBadges}}{{#unless ../isInbox}} <span class="{{statusClass}}">{{statusLabel}}</span>{{/unless}}{{#if taskLabel}} <span class="badge badge-status in_review">{{taskLabel}}</span>{{/if}}</span>
<span class="memo-subject">{{subject}}</span>
<span class="memo-meta">
{{#if wait}}<span class="wait">{{wait}}</span>{{/if}}
<span>{{author}}</span>
{{#if group}}<span>{{group}}</span>{{/if}}
{{#if docNumber}}<span>ที่ {{docNumber}}</span>{{/if}}
{{#if assignee}}<span>อยู่ที่ {{assignee}}</span>{{/if}}
<span>{{dateLabel}}</span>
</span>
</a>
</li>
{{/each}}
</ul>
{{else}}
<p class="empty">{{empty}}</p>
{{/if}}
{{#if bulk}}
<form method="post" action="/inbox/bulk-approve" id="bulk-approve" class="card stack bulk-approve" aria-labelledby="bulk-title">
{{> csrf}}
<h2 id="bulk-title">อนุมัติหลายเรื่องพร้อมกัน</h2>
<p class="hint" id="bulk-hint">เลือกบันทึกจากรายการด้านบน ครั้งละไม่เกิน {{bulk.max}} เรื่อง ข้อความเกษียนนี้ใช้กับทุกเรื่องที่เลือก เรื่องที่ท่านลงนามเป็นขั้นสุดท้ายจะได้รับเลขที่และประทับตราเอกสารทันที</p>
<div class="field"><label for="bulk-note">ข้อความเกษียน</label>
<textarea id="bulk-note" name="note" rows="2" maxlength="${MAX_NOTE}" aria-describedby="bulk-note-hint"></textarea>
<span class="hint" id="bulk-note-hint">เว้นว่างได้ ระบบจะใช้ "เพื่อโปรดพิจารณา" หรือ "อนุมัติ" ตามขั้นตอนของแต่ละเรื่อง</span></div>
<p class="actions"><button type="submit" class="button primary" aria-describedby="bulk-hint">อนุมัติที่เลือก</button></p>
</form>
{{/if}}
{{> pagination}}
`);
