import type { AdminPage } from '../../models/admin.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface AdminModel extends AdminPage {
  errors: string[];
  /** The documents print the neutral placeholder instead of the office's ตราครุฑ. */
  emblem: { placeholder: boolean; sealingRefused: boolean };
}

export const adminView = compileView<AdminModel & PageBase>(`
<h1>ผู้ดูแลระบบ</h1>
<nav aria-label="หัวข้อ"><ul class="tabs"><li><a href="#users">ผู้ใช้</a></li><li><a href="#new-user">เพิ่มผู้ใช้</a></li><li><a href="#groups">กลุ่ม</a></li><li><a href="#delegations">การมอบอำนาจ</a></li></ul></nav>
{{#if emblem.placeholder}}<div class="flash flash-error" role="alert" id="emblem-warning"><p><strong>เอกสารยังพิมพ์ตราชั่วคราวแทนตราครุฑ</strong> บันทึกข้อความ ประกาศ และคำสั่งที่ออกจากระบบจะไม่มีตราครุฑของหน่วยงาน ให้ผู้ดูแลเครื่องแม่ข่ายตั้งค่า <code>EMBLEM_FILE</code> เป็นไฟล์ตราครุฑ (SVG หรือ PNG) แล้วเริ่มระบบใหม่</p>
{{#if emblem.sealingRefused}}<p>ขณะนี้ระบบจะไม่ลงนามออกเอกสารฉบับจริงจนกว่าจะตั้งค่าตราครุฑ</p>{{else}}<p>เอกสารที่ลงนามขณะนี้จะพิมพ์ตราชั่วคราว</p>{{/if}}</div>{{/if}}
{{#if errors.length}}<div class="flash flash-error" role="alert"><ul>{{#each errors}}<li>{{this}}</li>{{/each}}</ul></div>{{/if}}

<section class="card" id="users" aria-labelledby="users-title">
<h2 id="users-title">ผู้ใช้</h2>
<div class="table-wrap">
<table class="data stacked">
<thead><tr><th scope="col">ชื่อ</th><th scope="col">ชื่อผู้ใช้</th><th scope="col">ตำแหน่ง / กลุ่ม</th><th scope="col">บทบาท</th><th scope="col">สถานะ</th></tr></thead>
<tbody>
{{#each users}}
<tr{{#unless active}} class="inactive"{{/unless}}><td data-label="ชื่อ">{{name}}</td><td data-label="ชื่อผู้ใช้"><code>{{username}}</code></td>
<td data-label="ตำแหน่ง / กลุ่ม">{{position}}{{#if group}}<br><span class="muted small">{{group}}</span>{{/if}}</td>
<td data-label="บทบาท">{{roles}}</td>
<td data-label="สถานะ"><form method="post" action="/admin/users/{{id}}/active">{{> csrf}}
{{#if active}}<input type="hidden" name="active" value="0"><span>ใช้งาน</span> <button type="submit" class="button small danger" aria-label="ระงับ การใช้งานของ {{name}}">ระงับ</button>
{{else}}<input type="hidden" name="active" value="1"><span>ระงับอยู่</span> <button type="submit" class="button small secondary" aria-label="เปิดใช้งาน {{name}}">เปิดใช้งาน</button>{{/if}}
</form></td></tr>
{{/each}}
</tbody>
</table>
</div>
</section>

<section class="card" id="new-user" aria-labelledby="new-user-title">
<h2 id="new-user-title">เพิ่มผู้ใช้</h2>
<form method="post" action="/admin/users" class="stack">
{{> csrf}}
<div class="search-grid">
<div class="field"><label for="u-username">ชื่อผู้ใช้</label><input id="u-username" name="username" type="text" autocomplete="off" autocapitalize="none" required></div>
<div class="field"><label for="u-password">รหัสผ่านเริ่มต้น</label><input id="u-password" name="password" type="password" autocomplete="new-password" minlength="10" required></div>
<div class="field"><label for="u-email">อีเมล (ถ้ามี)</label><input id="u-email" name="email" type="email"></div>
<div class="field"><label for="u-title">คำนำหน้า</label><input id="u-title" name="titlePrefix" type="text" list="titles" required><datalist id="titles"><option value="นาย"><option value="นาง"><option value="นางสาว"><option value="ดร."></datalist></div>
<div class="field"><label for="u-first">ชื่อ</label><input id="u-first" name="firstName" type="text" required></div>
<div class="field"><label for="u-last">นามสกุล</label><input id="u-last" name="lastName" type="text" required></div>
<div class="field"><label for="u-position">ตำแหน่ง</label><input id="u-position" name="positionName" type="text"></div>
<div class="field"><label for="u-group">กลุ่ม</label><select id="u-group" name="groupId"><option value="">— ไม่สังกัดกลุ่ม —</option>{{#each groupChoices}}<option value="{{value}}">{{label}}</option>{{/each}}</select></div>
</div>
<fieldset><legend>บทบาท</legend><div class="choices">{{#each roleChoices}}<label><input type="checkbox" name="roles" value="{{value}}"> {{label}}</label>{{/each}}</div></fieldset>
<button type="submit" class="button primary">เพิ่มผู้ใช้</button>
</form>
</section>

<section class="card" id="groups" aria-labelledby="groups-title">
<h2 id="groups-title">กลุ่ม ผู้อำนวยการกลุ่ม และรองผู้อำนวยการที่กำกับดูแล</h2>
{{#each groups}}
<form method="post" action="/admin/groups/{{id}}" class="proposal stack">
{{> csrf}}
<p><strong>{{name}}</strong></p>
<div class="search-grid">
<div class="field"><label for="g-head-{{id}}">ผู้อำนวยการกลุ่ม</label><select id="g-head-{{id}}" name="headUserId">{{#each headOptions}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="g-deputy-{{id}}">รองผู้อำนวยการที่กำกับดูแล</label><select id="g-deputy-{{id}}" name="deputyUserId">{{#each deputyOptions}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
</div>
<button type="submit" class="button secondary small">บันทึก{{name}}</button>
</form>
{{/each}}
</section>

<section class="card" id="delegations" aria-labelledby="delegations-title">
<h2 id="delegations-title">การมอบอำนาจ</h2>
{{#if delegations.length}}
<div class="table-wrap">
<table class="data stacked">
<thead><tr><th scope="col">ประเภท</th><th scope="col">ผู้รับมอบ</th><th scope="col">เอกสาร</th><th scope="col">ช่วงเวลา</th><th scope="col">สถานะ</th></tr></thead>
<tbody>
{{#each delegations}}
<tr><td data-label="ประเภท">{{kind}}</td><td data-label="ผู้รับมอบ">{{delegate}}{{#if reference}}<br><span class="muted small">{{reference}}</span>{{/if}}</td><td data-label="เอกสาร">{{documents}}</td><td data-label="ช่วงเวลา">{{period}}</td>
<td data-label="สถานะ">{{status}}{{#if revocable}}<form method="post" action="/admin/delegations/{{id}}/revoke">{{> csrf}}<button type="submit" class="button small danger" aria-label="ยกเลิก การมอบอำนาจให้ {{delegate}}">ยกเลิก</button></form>{{/if}}</td></tr>
{{/each}}
</tbody>
</table>
</div>
{{else}}<p class="muted">ยังไม่มีการมอบอำนาจ</p>{{/if}}
<h3>มอบอำนาจใหม่</h3>
<form method="post" action="/admin/delegations" class="stack">
{{> csrf}}
<div class="search-grid">
<div class="field"><label for="d-kind">ประเภท</label><select id="d-kind" name="kind">{{#each kindChoices}}<option value="{{value}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="d-delegate">ผู้รับมอบ</label><select id="d-delegate" name="delegateUserId" required><option value="">— เลือก —</option>{{#each people}}<option value="{{id}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="d-group">กลุ่ม</label><select id="d-group" name="groupId" aria-describedby="d-group-hint"><option value="">— ไม่ระบุ —</option>{{#each groupChoices}}<option value="{{value}}">{{label}}</option>{{/each}}</select><p class="hint" id="d-group-hint">เฉพาะรักษาการ/ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม: เรื่องที่รอผู้อำนวยการกลุ่มจะส่งให้ผู้รับมอบตลอดช่วงเวลา</p></div>
<div class="field"><label for="d-ref">คำสั่งอ้างอิง</label><input id="d-ref" name="reference" type="text" maxlength="255"></div>
{{> dateField id="d-start" name="startsAt" label="วันเริ่ม" required=true}}
{{> dateField id="d-end" name="endsAt" label="วันสิ้นสุด (ถ้ามี)"}}
</div>
<fieldset aria-describedby="d-docs-hint"><legend>ประเภทเอกสาร</legend><p class="hint" id="d-docs-hint">ไม่ต้องเลือกสำหรับผู้ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม</p><div class="choices">{{#each docChoices}}<label><input type="checkbox" name="documentKinds" value="{{value}}"> {{label}}</label>{{/each}}</div></fieldset>
<button type="submit" class="button primary">มอบอำนาจ</button>
</form>
</section>
`);
