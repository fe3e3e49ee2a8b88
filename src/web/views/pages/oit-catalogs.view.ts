import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface OitCatalogsModel {
  catalogs: Array<{ year: string; source: string; loadedAt: string }>;
  years: Array<{ value: number; label: string }>;
}

/** The office's OIT lists by fiscal year, and loading another year's list from its file. */
export const oitCatalogsView = compileView<OitCatalogsModel & PageBase>(`
<div class="page-head">
<h1>รายการตัวชี้วัด OIT รายปี</h1>
<a class="button secondary" href="/oit">กลับหน้า OIT</a>
</div>
<section class="card stack" aria-labelledby="loaded-title">
<h2 id="loaded-title">รายการที่มีอยู่</h2>
<ul class="evidence">{{#each catalogs}}<li>ปีงบประมาณ {{year}} <span class="muted small">({{source}} {{loadedAt}})</span></li>{{/each}}</ul>
<p class="hint">ปีที่ยังไม่มีรายการของตนเอง ใช้รายการของปีล่าสุดก่อนหน้า</p>
</section>
<section class="card stack" aria-labelledby="load-title">
<h2 id="load-title">โหลดรายการของปีงบประมาณอื่น</h2>
<form method="post" action="/oit/catalogs?_csrf={{@root.csrf}}" enctype="multipart/form-data" class="stack">
<div class="field"><label for="catalog-year">ปีงบประมาณ</label>
<select id="catalog-year" name="year">{{#each years}}<option value="{{value}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="catalog-file">ไฟล์รายการตัวชี้วัด (JSON)</label><input id="catalog-file" name="file" type="file" accept=".json,application/json" required></div>
<p class="hint">หากปีนั้นมีรายการของหน่วยงานอยู่แล้ว จะถูกแทนที่ ปีที่ส่งข้อมูลแล้วจะโหลดไม่ได้</p>
<button type="submit" class="button primary">โหลดรายการ</button>
</form>
</section>
`);
