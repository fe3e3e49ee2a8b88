import type { OitSettingsPage } from '../../models/oit-settings.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

/** The coordinator's settings: rules that propose evidence, and who is responsible per item. */
export const oitSettingsView = compileView<OitSettingsPage & PageBase>(`
<div class="page-head">
<h1>ตั้งค่า OIT</h1>
<a class="button secondary" href="/oit">กลับหน้า OIT</a>
</div>

<section class="card stack" aria-labelledby="rules-title" id="rules">
<h2 id="rules-title">เงื่อนไขการจับคู่หนังสือกับข้อ OIT</h2>
<p class="hint">หนังสือที่อนุมัติแล้วและตรงกับเงื่อนไข ระบบจะเสนอเป็นหลักฐานของข้อนั้นให้ยืนยัน</p>
{{#if rules.length}}
<ul class="evidence">
{{#each rules}}<li><strong>{{code}}</strong> {{kindLabel}}: “{{pattern}}”
<form method="post" action="/oit/rules/{{id}}/delete">{{> csrf}}<button type="submit" class="button small danger" aria-label="ลบเงื่อนไข {{code}} {{pattern}}">ลบ</button></form></li>{{/each}}
</ul>
{{else}}<p class="muted">ยังไม่มีเงื่อนไขของหน่วยงาน</p>{{/if}}
<form method="post" action="/oit/rules" class="stack">
{{> csrf}}
{{> formErrors title="ยังเพิ่มเงื่อนไขไม่ได้"}}
<div class="field"><label for="rule-code">ข้อ OIT</label>
<select id="rule-code" name="code">{{#each ruleItems}}<option value="{{code}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="rule-kind">วิธีจับคู่</label>
<select id="rule-kind" name="kind">{{#each kinds}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="rule-pattern">คำหรือวลี</label>{{fieldError "rule-pattern"}}<input id="rule-pattern" name="pattern" required maxlength="200" value="{{pattern}}"{{fieldAttrs "rule-pattern"}}></div>
<button type="submit" class="button primary">เพิ่มเงื่อนไข</button>
</form>
</section>

<section class="card stack" aria-labelledby="groups-title" id="groups">
<h2 id="groups-title">กลุ่มผู้รับผิดชอบรายข้อ</h2>
{{#if assigned.length}}<ul class="evidence">{{#each assigned}}<li>{{label}}: {{group}}</li>{{/each}}</ul>
{{else}}<p class="muted">ยังไม่ได้กำหนดผู้รับผิดชอบ</p>{{/if}}
<form method="post" action="/oit/assignments" class="stack">
{{> csrf}}
<div class="field"><label for="assign-code">ข้อ OIT</label>
<select id="assign-code" name="code">{{#each items}}<option value="{{code}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="assign-group">กลุ่มผู้รับผิดชอบ</label>
<select id="assign-group" name="groupId"><option value="">ไม่กำหนด</option>{{#each groups}}<option value="{{id}}">{{name}}</option>{{/each}}</select></div>
<button type="submit" class="button primary">บันทึกผู้รับผิดชอบ</button>
</form>
</section>
`);
