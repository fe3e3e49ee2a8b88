import type { ImportOutcome } from '../../models/import.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface ImportModel {
  columns: Array<{ kind: string; label: string; names: string[] }>;
  errors: string[];
  outcome?: ImportOutcome;
}

/** The office admin's CSV import: dry run, per-row result, then the import, all or nothing. */
export const importView = compileView<ImportModel & PageBase>(`
<div class="page-head">
<h1>นำเข้าข้อมูลจากไฟล์ CSV</h1>
<a class="button secondary" href="/admin">กลับหน้าผู้ดูแลระบบ</a>
</div>
<div class="flash flash-info" role="note"><strong>นำเข้าทั้งไฟล์หรือไม่นำเข้าเลย:</strong> หากมีแถวใดไม่ถูกต้องแม้แถวเดียว จะไม่บันทึกข้อมูลใดจากไฟล์นั้น ตรวจสอบก่อนเสมอ แล้วจึงนำเข้า</div>
{{#if errors.length}}<div class="flash flash-error" role="alert"><ul>{{#each errors}}<li>{{this}}</li>{{/each}}</ul></div>{{/if}}

{{#if outcome}}
<section class="card stack" id="result" aria-labelledby="result-title">
<h2 id="result-title">{{#if outcome.imported}}นำเข้า{{outcome.kindLabel}}แล้ว{{else}}ผลการตรวจสอบ{{outcome.kindLabel}}{{#unless outcome.dryRun}} (ไม่ได้นำเข้า){{/unless}}{{/if}}</h2>
<p class="{{#if outcome.ok}}ok{{else}}error{{/if}}" role="status">{{outcome.summary}}</p>
{{#if outcome.hasPasswords}}<p class="flash flash-info">รหัสผ่านเริ่มต้นด้านล่างแสดงครั้งเดียวเท่านั้น กรุณาบันทึกและแจกให้แต่ละคน แล้วให้เปลี่ยนรหัสผ่านเมื่อเข้าใช้งาน</p>{{/if}}
<div class="table-wrap">
<table class="data stacked">
<thead><tr><th scope="col">แถว</th><th scope="col">ผล</th><th scope="col">รายการ</th><th scope="col">ปัญหา</th>{{#if outcome.hasPasswords}}<th scope="col">รหัสผ่านเริ่มต้น</th>{{/if}}</tr></thead>
<tbody>
{{#each outcome.rows}}
<tr><td data-label="แถว">{{row}}</td><td data-label="ผล">{{#if ok}}ถูกต้อง{{else}}<strong>ไม่ถูกต้อง</strong>{{/if}}</td><td data-label="รายการ">{{what}}</td>
<td data-label="ปัญหา">{{#if errors.length}}<ul>{{#each errors}}<li>{{this}}</li>{{/each}}</ul>{{else}}—{{/if}}</td>
{{#if @root.outcome.hasPasswords}}<td data-label="รหัสผ่านเริ่มต้น"><code>{{initialPassword}}</code></td>{{/if}}</tr>
{{/each}}
</tbody>
</table>
</div>
{{#if outcome.content}}
<form method="post" action="/admin/import?_csrf={{@root.csrf}}" enctype="multipart/form-data">
<input type="hidden" name="kind" value="{{outcome.kind}}"><input type="hidden" name="mode" value="import"><input type="hidden" name="content" value="{{outcome.content}}">
<button type="submit" class="button primary">นำเข้า{{outcome.kindLabel}}ตามไฟล์นี้</button>
</form>
{{/if}}
</section>
{{/if}}

<section class="card stack" id="upload" aria-labelledby="upload-title">
<h2 id="upload-title">ตรวจสอบไฟล์</h2>
<form method="post" action="/admin/import?_csrf={{@root.csrf}}" enctype="multipart/form-data" class="stack">
<input type="hidden" name="mode" value="check">
<fieldset><legend>ข้อมูลที่นำเข้า</legend><div class="choices">
<label><input type="radio" name="kind" value="groups" checked> กลุ่ม (นำเข้าก่อน)</label>
<label><input type="radio" name="kind" value="users"> บุคลากร</label>
<label><input type="radio" name="kind" value="recipients"> โรงเรียนและหน่วยงาน (ผู้รับหนังสือ)</label>
</div></fieldset>
<div class="field"><label for="import-file">ไฟล์ CSV (UTF-8 หรือ Windows ภาษาไทย/TIS-620 จาก Excel)</label><input id="import-file" name="file" type="file" accept=".csv,text/csv" required></div>
<button type="submit" class="button primary">ตรวจสอบ (ยังไม่บันทึก)</button>
</form>
<p class="hint">แถวแรกเป็นหัวคอลัมน์ ภาษาไทยหรืออังกฤษก็ได้ ไม่เกิน ๑,๐๐๐ แถวต่อไฟล์ นำเข้ากลุ่มซ้ำได้ (ปรับปรุงตามชื่อย่อ) เพื่อกำหนดผู้อำนวยการกลุ่มหลังนำเข้าบุคลากรแล้ว</p>
{{#each columns}}
<h3>คอลัมน์ของไฟล์{{label}}</h3>
<ul>{{#each names}}<li>{{this}}</li>{{/each}}</ul>
{{/each}}
</section>
`);
