import type { ReceiveForm } from '../../models/incoming-list.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

/** ลงรับ: the fields in the order a clerk reads a letter, then its file. */
export const incomingNewView = compileView<ReceiveForm & PageBase>(`
<div class="page-head"><h1>ลงรับหนังสือ</h1><a href="/incoming">ทะเบียนหนังสือรับ</a></div>
<form method="post" action="/incoming?_csrf={{@root.csrf}}" enctype="multipart/form-data" class="card stack receive-form" id="receive-form">
<p class="next-number" id="next-number">เลขรับถัดไป <strong>{{nextNumber}}</strong> <span class="hint">ระบบออกเลขจริงเมื่อกดลงรับ</span></p>
<div class="field"><label for="fromAgency">จาก</label>
<input id="fromAgency" name="fromAgency" type="text" maxlength="255" required autofocus autocomplete="off"></div>
<div class="field"><label for="theirNumber">ที่</label>
<input id="theirNumber" name="theirNumber" type="text" maxlength="100" required autocomplete="off" aria-describedby="theirNumber-hint">
<span class="hint" id="theirNumber-hint">เลขที่หนังสือของผู้ส่ง เช่น ศธ ๐๔๐๐๖/ว ๑๒๓</span></div>
{{> dateField id="theirDate" name="theirDate" label="ลงวันที่" required=true}}
<div class="field"><label for="subject">เรื่อง</label>
<textarea id="subject" name="subject" rows="2" maxlength="500" required></textarea></div>
<div class="field"><label for="to">เรียน</label>
<input id="to" name="to" type="text" maxlength="255" value="{{to}}"></div>
<div class="field"><label for="urgency">ชั้นความเร็ว</label>
<select id="urgency" name="urgency">{{#each urgencies}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><span class="label" id="secrecy-label">ชั้นความลับ</span>
<div class="choices" role="radiogroup" aria-labelledby="secrecy-label">
{{#each secrecies}}<label><input type="radio" name="secrecy" value="{{value}}"{{#if checked}} checked{{/if}}> {{label}}</label>{{/each}}
</div>
<span class="hint">หนังสือชั้นลับที่สุดไม่รับเข้าระบบอิเล็กทรอนิกส์</span></div>
<div class="field"><label for="file">ไฟล์หนังสือ (ถ้ามี)</label>
<input id="file" name="file" type="file" accept=".pdf,application/pdf,image/*,.doc,.docx,.xls,.xlsx,.odt,.ods" aria-describedby="file-hint">
<span class="hint" id="file-hint">ลากไฟล์ PDF มาวางที่ช่องนี้ หรือกดเลือกไฟล์ หนังสือที่ไม่มีไฟล์ PDF ระบบจะทำใบปะหน้าพร้อมตรารับให้</span></div>
<div class="actions form-actions"><button type="submit" class="button primary">ลงรับ</button></div>
</form>
`);
