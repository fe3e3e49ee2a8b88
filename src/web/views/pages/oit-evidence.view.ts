import type { OitEvidencePage } from '../../models/oit-evidence.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

/** Adding evidence to one item: a file, a web link, or an approved document by hand. */
export const oitEvidenceView = compileView<OitEvidencePage & PageBase>(`
<div class="page-head">
<h1>เพิ่มหลักฐาน OIT ปีงบประมาณ พ.ศ. {{yearTh}}</h1>
<a class="button secondary" href="/oit?year={{fiscalYear}}">กลับหน้า OIT</a>
</div>
{{> formErrors}}
{{#if submitted}}<p class="flash flash-info">ส่งข้อมูลปีนี้แล้ว หน้าเผยแพร่แสดงข้อมูล ณ วันที่ส่ง หลักฐานที่เพิ่มภายหลังจะไม่ปรากฏบนหน้าเผยแพร่</p>{{/if}}
<form method="get" action="/oit/evidence" class="card stack">
<input type="hidden" name="year" value="{{fiscalYear}}">
<div class="field"><label for="item">ข้อ OIT</label>
<select id="item" name="code">{{#each items}}<option value="{{code}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<button type="submit" class="button secondary">เลือกข้อนี้</button>
</form>
{{#if chosen}}
<section class="card stack" aria-labelledby="chosen-title">
<h2 id="chosen-title">{{chosen.code}} {{chosen.name}}</h2>
<p>ช่วงเวลาที่ต้องมีหลักฐาน: {{chosen.period}}</p>
{{#if chosen.missing}}<p class="error-text">เดือนที่ยังขาด: {{chosen.missing}}</p>{{/if}}
<p class="hint">วันที่ของหลักฐานใช้นับงวด เช่น รายงานประจำเดือนตุลาคมให้ลงวันที่ในเดือนตุลาคม หรือระบุชื่อเดือนในชื่อเรื่อง</p>
</section>

<section class="card" aria-labelledby="file-title">
<h2 id="file-title">อัปโหลดไฟล์เป็นหลักฐาน</h2>
<form method="post" action="/oit/evidence/file?_csrf={{@root.csrf}}" enctype="multipart/form-data" class="stack">
<input type="hidden" name="year" value="{{fiscalYear}}"><input type="hidden" name="code" value="{{chosen.code}}">
<div class="field"><label for="file-title-input">ชื่อหลักฐาน</label>{{fieldError "file-title-input"}}<input id="file-title-input" name="title" required maxlength="1000" value="{{file.title}}"{{fieldAttrs "file-title-input"}}></div>
{{#if file.date}}{{> dateField id="file-date" name="date" label="วันที่ของหลักฐาน" value=file.date required=true}}{{else}}{{> dateField id="file-date" name="date" label="วันที่ของหลักฐาน" value=today required=true}}{{/if}}
<div class="field"><label for="file">เลือกไฟล์ (PDF รูปภาพ หรือเอกสารสำนักงาน)</label>{{fieldError "file"}}<input id="file" name="file" type="file" required{{fieldAttrs "file"}}></div>
<button type="submit" class="button primary">อัปโหลดและเชื่อมกับ {{chosen.code}}</button>
</form>
</section>

<section class="card" aria-labelledby="web-title">
<h2 id="web-title">ลิงก์หน้าเว็บเป็นหลักฐาน</h2>
<form method="post" action="/oit/evidence/web" class="stack">
{{> csrf}}<input type="hidden" name="year" value="{{fiscalYear}}"><input type="hidden" name="code" value="{{chosen.code}}">
<div class="field"><label for="web-title-input">ชื่อหลักฐาน</label>{{fieldError "web-title-input"}}<input id="web-title-input" name="title" required maxlength="1000" value="{{web.title}}"{{fieldAttrs "web-title-input"}}></div>
<div class="field"><label for="web-url">ที่อยู่หน้าเว็บ (URL)</label>{{fieldError "web-url"}}<input id="web-url" name="url" type="url" required maxlength="2048" placeholder="https://" value="{{web.url}}"{{fieldAttrs "web-url"}}></div>
{{#if web.date}}{{> dateField id="web-date" name="date" label="วันที่ของหลักฐาน" value=web.date required=true}}{{else}}{{> dateField id="web-date" name="date" label="วันที่ของหลักฐาน" value=today required=true}}{{/if}}
<button type="submit" class="button primary">บันทึกลิงก์และเชื่อมกับ {{chosen.code}}</button>
</form>
</section>

<section class="card stack" aria-labelledby="doc-title">
<h2 id="doc-title">เชื่อมหนังสือที่อนุมัติแล้ว</h2>
<form method="get" action="/oit/evidence#doc-title" class="stack" role="search">
<input type="hidden" name="year" value="{{fiscalYear}}"><input type="hidden" name="code" value="{{chosen.code}}">
<div class="field"><label for="doc-q">ค้นหาจากชื่อเรื่องหรือเลขที่หนังสือ</label><input id="doc-q" name="q" type="search" maxlength="200" value="{{search.q}}" aria-describedby="doc-q-hint">
<span class="hint" id="doc-q-hint">พิมพ์คำในชื่อเรื่อง เช่น แผนปฏิบัติการ หรือเลขที่ เช่น ๑๒/๒๕๖๙ หนังสือลับไม่แสดงในผลค้นหา</span></div>
<button type="submit" class="button secondary">ค้นหา</button>
</form>
{{#if search}}
{{#if search.documents.length}}
<ul class="found-documents" aria-label="หนังสือที่พบ">{{#each search.documents}}
<li><form method="post" action="/oit/evidence/document">
{{> csrf}}<input type="hidden" name="year" value="{{../fiscalYear}}"><input type="hidden" name="code" value="{{../chosen.code}}">
<input type="hidden" name="documentType" value="{{documentType}}"><input type="hidden" name="documentId" value="{{documentId}}">
<span>{{kindLabel}} {{#if number}}ที่ {{number}} {{/if}}ลงวันที่ {{dateTh}} — {{title}}</span>
<button type="submit" class="button small">เชื่อมกับ {{../chosen.code}}</button>
</form></li>{{/each}}
</ul>
{{else}}<p role="status">ไม่พบหนังสือที่อนุมัติแล้วซึ่งมีคำว่า “{{search.q}}”</p>{{/if}}
{{/if}}
<details><summary>เชื่อมด้วยเลขที่เรื่องในระบบ</summary>
<form method="post" action="/oit/evidence/document" class="stack">
{{> csrf}}<input type="hidden" name="year" value="{{fiscalYear}}"><input type="hidden" name="code" value="{{chosen.code}}">
<div class="field"><label for="doc-type">ประเภทหนังสือ</label>
<select id="doc-type" name="documentType">{{#each documentKinds}}<option value="{{value}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="doc-id">เลขที่เรื่องในระบบ</label><input id="doc-id" name="documentId" inputmode="numeric" pattern="[0-9]*" required aria-describedby="doc-id-hint">
<span class="hint" id="doc-id-hint">ตัวเลขท้ายที่อยู่ของหน้าหนังสือ เช่น /memos/<strong>๑๒</strong> ให้กรอก 12</span></div>
<button type="submit" class="button primary">เชื่อมกับ {{chosen.code}}</button>
</form>
</details>
</section>
{{/if}}
`);
