import { MEMO_LIMITS } from '../../../memo/dto/memo.limits';
import type { DraftFormModel } from '../../models/draft.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';
import '../form-errors';
import './issuance-fields.partial';
import './on-approval-fields.partial';

export const draftView = compileView<DraftFormModel & PageBase>(`
<div class="page-head"><h1>{{heading}}</h1>{{#if memoId}}<a href="/memos/{{memoId}}">ดูบันทึก</a>{{/if}}</div>
{{#if returnedNote}}<div class="flash flash-info" role="note"><strong>ข้อสังเกตที่ส่งกลับ:</strong> {{returnedNote}}</div>{{/if}}
{{> formErrors}}
<div class="draft-layout">
<div>
<form method="post" action="{{action}}" class="card stack" id="draft-form">
{{> csrf}}
{{#if version}}<input type="hidden" name="version" value="{{version}}">{{/if}}
{{#if memoId}}<input type="hidden" name="memoId" value="{{memoId}}">{{/if}}
{{#if values.inReplyTo}}<input type="hidden" name="inReplyTo" value="{{values.inReplyTo}}">
<p class="flash flash-info" role="note">บันทึกนี้ตอบ<a href="/incoming/{{values.inReplyTo}}">หนังสือรับ</a> ระบบจะใส่หนังสือฉบับนั้นในอ้างถึงให้เมื่อบันทึก</p>{{/if}}
<div class="field"><label for="subject">เรื่อง</label>{{fieldError "subject"}}
<textarea id="subject" name="subject" rows="2" maxlength="${MEMO_LIMITS.subject}" required{{fieldAttrs "subject"}}>{{values.subject}}</textarea></div>
<div class="field"><label for="to">เรียน</label>{{fieldError "to"}}
<textarea id="to" name="to" rows="2" maxlength="${MEMO_LIMITS.to}" required{{fieldAttrs "to"}}>{{values.to}}</textarea></div>
<fieldset>
<legend>เนื้อความ</legend>
<p class="hint" id="paragraphs-hint">แบ่งเป็นย่อหน้า เช่น เรื่องเดิม ข้อเท็จจริง ข้อเสนอ ย่อหน้าที่เว้นว่างจะไม่ถูกบันทึก</p>
<div id="paragraph-rows" class="stack">
{{#each paragraphRows}}
<div class="paragraph-row">
<div class="row-head"><label for="paragraph-{{n}}">{{label}}</label>
{{#if ../removable}}<button type="submit" class="button small danger" name="intent" value="remove-{{n}}" formnovalidate data-remove-paragraph aria-label="ลบ {{label}}">ลบ</button>{{/if}}</div>
{{fieldError (concat "paragraph-" n)}}<textarea id="paragraph-{{n}}" name="paragraphs" rows="4" maxlength="${MEMO_LIMITS.paragraph}" placeholder="{{hint}}"{{fieldAttrs (concat "paragraph-" n) "paragraphs-hint"}}>{{value}}</textarea>
</div>
{{/each}}
</div>
<p><button type="submit" class="button secondary" name="intent" value="add-paragraph" formnovalidate data-add-paragraph>+ เพิ่มย่อหน้า</button></p>
</fieldset>
<div class="field"><label for="closing">ข้อความปิดท้าย</label>{{fieldError "closing"}}
<input id="closing" name="closing" type="text" value="{{values.closing}}" maxlength="${MEMO_LIMITS.closing}" list="closings"{{fieldAttrs "closing"}}>
<datalist id="closings">{{#each closings}}<option value="{{this}}">{{/each}}</datalist></div>
<fieldset>
<legend>ชั้นความเร็วและชั้นความลับ</legend>
<div class="stack">
<div class="field"><label for="urgency">ชั้นความเร็ว</label>
<select id="urgency" name="urgency">{{#each urgencies}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="urgent-by{{#if values.urgentBy}} has-value{{/if}}{{#if fieldErrors.urgentBy}} has-value{{/if}}">
{{> dateField id="urgentBy" name="urgentBy" label="ด่วนภายใน (ถ้ามี)" value=values.urgentBy time=true hint="ตามเวลาประเทศไทย"}}
</div>
<div class="field"><span class="label" id="secrecy-label">ชั้นความลับ</span>
<div class="choices" role="radiogroup" aria-labelledby="secrecy-label">
{{#each secrecies}}<label><input type="radio" name="secrecy" value="{{value}}"{{#if checked}} checked{{/if}}> {{label}}</label>{{/each}}
</div>
<span class="hint">เอกสารชั้นลับที่สุดไม่อนุญาตให้ดำเนินการในระบบอิเล็กทรอนิกส์</span></div>
</div>
</fieldset>
<fieldset>
<legend>อ้างถึงและผู้มีสิทธิ์อ่าน</legend>
<div class="stack">
<div class="field"><label for="referencesText">อ้างถึง (ถ้ามี)</label>{{fieldError "referencesText"}}
<textarea id="referencesText" name="referencesText" rows="3"{{fieldAttrs "referencesText" "references-hint"}}>{{values.referencesText}}</textarea>
<span class="hint" id="references-hint">บรรทัดละหนึ่งรายการ ไม่เกิน ๒๐ รายการ เช่น หนังสือ สพฐ. ที่ ศธ ๐๔๐๐๖/ว ๑๒๓ ลงวันที่ ๒ พฤษภาคม ๒๕๖๙</span></div>
<details class="reader-picker"{{#if readersSummary}} open{{/if}}>
<summary>ผู้มีสิทธิ์อ่านเพิ่มเติม{{#if readersSummary}} ({{readersSummary}}){{/if}}</summary>
<p class="hint" id="readers-hint">นอกจากผู้ร่างและผู้พิจารณาตามลำดับ ผู้ที่เลือกจะเปิดอ่านบันทึกนี้ได้ (หนังสือชั้นลับเปิดได้เฉพาะผู้ที่เลือกไว้)</p>
{{#if readers.length}}
<ul class="reader-list" aria-describedby="readers-hint">
{{#each readers}}<li><label><input type="checkbox" name="readerUserIds" value="{{id}}"{{#if checked}} checked{{/if}}> <span>{{label}}{{#if detail}}<br><span class="muted small">{{detail}}</span>{{/if}}</span></label></li>{{/each}}
</ul>
{{else}}<p class="muted">ไม่มีบุคลากรอื่นในสำนักงาน</p>{{/if}}
</details>
</div>
</fieldset>
{{> issuanceFields}}
{{> onApprovalFields}}
<div class="actions">
<button type="submit" class="button secondary" formaction="/memos/preview" formtarget="draft-preview" formnovalidate data-preview>ดูตัวอย่าง PDF</button>
<button type="submit" class="button secondary" formaction="/memos/preview?doc=issuance" formtarget="draft-preview" formnovalidate data-preview data-issuance-preview>ตัวอย่างประกาศ/คำสั่ง/หนังสือ</button>
</div>
<div class="actions form-actions">
<button type="submit" class="button secondary" name="intent" value="save">บันทึกร่าง</button>
<button type="submit" class="button primary" name="intent" value="submit">ส่งเสนอ</button>
</div>
</form>

<section class="card" aria-labelledby="files-title">
<h2 id="files-title">ไฟล์แนบ</h2>
{{#if uploadPath}}
{{#if attachments.length}}
<ul class="attachments">
{{#each attachments}}<li><a href="{{href}}">{{name}}</a> <span class="muted small">{{size}}</span>
<form method="post" action="{{../uploadPath}}/{{id}}/remove">{{> csrf}}<button type="submit" class="button small danger" aria-label="ลบไฟล์ {{name}}">ลบ</button></form></li>{{/each}}
</ul>
{{else}}<p class="muted">ยังไม่มีไฟล์แนบ</p>{{/if}}
<form method="post" action="{{uploadPath}}?_csrf={{@root.csrf}}" enctype="multipart/form-data" class="stack">
<div class="field"><label for="file">เลือกไฟล์ (PDF รูปภาพ หรือเอกสารสำนักงาน)</label>
<input id="file" name="file" type="file" required></div>
<button type="submit" class="button secondary">แนบไฟล์</button>
</form>
{{else}}
<p class="muted">บันทึกร่างก่อน จึงจะแนบไฟล์ได้</p>
{{/if}}
</section>
</div>

<section class="preview-pane card" aria-labelledby="preview-title">
<h2 id="preview-title">ตัวอย่างเอกสาร</h2>
<p class="hint">กด “ดูตัวอย่าง PDF” เพื่อดูบันทึกตามที่กรอกไว้ (ยังไม่บันทึก) บนโทรศัพท์จะเปิดในแท็บใหม่</p>
<iframe name="draft-preview" title="ตัวอย่างเอกสาร PDF ฉบับร่าง" src="about:blank"></iframe>
</section>
</div>
`);
