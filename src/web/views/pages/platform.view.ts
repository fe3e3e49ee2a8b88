import type { PlatformPage } from '../../models/platform.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface PlatformModel extends PlatformPage {
  errors: string[];
  form: Record<string, string>;
}

/** The platform administrator's desk: offices with their health, and a new office. */
export const platformView = compileView<PlatformModel & PageBase>(`
<h1>สำนักงานเขตพื้นที่การศึกษา</h1>
<p class="hint">ผู้ดูแลแพลตฟอร์มเห็นเพียงรายชื่อสำนักงานและจำนวนผู้ใช้/บันทึก ไม่เห็นเอกสารของสำนักงานใด</p>
{{#if errors.length}}<div class="flash flash-error" role="alert"><ul>{{#each errors}}<li>{{this}}</li>{{/each}}</ul></div>{{/if}}

<section class="card" id="offices" aria-labelledby="offices-title">
<h2 id="offices-title">สำนักงานทั้งหมด</h2>
{{#if offices.length}}
<div class="table-wrap">
<table class="data stacked">
<thead><tr><th scope="col">สำนักงาน</th><th scope="col">รหัส</th><th scope="col">รหัสหนังสือ</th><th scope="col">ผู้ใช้ที่ใช้งาน</th><th scope="col">บันทึกเดือนนี้</th><th scope="col">สถานะ</th></tr></thead>
<tbody>
{{#each offices}}
<tr{{#unless active}} class="inactive"{{/unless}}><td data-label="สำนักงาน">{{name}}<br><span class="muted small">{{shortName}} · สร้างเมื่อ {{createdAt}}</span></td>
<td data-label="รหัส"><code>{{code}}</code></td><td data-label="รหัสหนังสือ">{{bookCode}}</td>
<td data-label="ผู้ใช้ที่ใช้งาน">{{activeUsers}}</td><td data-label="บันทึกเดือนนี้">{{memosThisMonth}}</td>
<td data-label="สถานะ"><form method="post" action="/platform/offices/{{id}}/active">{{> csrf}}
{{#if active}}<input type="hidden" name="active" value="0"><span>ใช้งาน</span> <button type="submit" class="button small danger" aria-label="ระงับ การใช้งานของ {{shortName}}">ระงับ</button>
{{else}}<input type="hidden" name="active" value="1"><span>ระงับอยู่</span> <button type="submit" class="button small secondary" aria-label="เปิดใช้งาน {{shortName}}">เปิดใช้งาน</button>{{/if}}
</form></td></tr>
{{/each}}
</tbody>
</table>
</div>
{{else}}<p class="muted">ยังไม่มีสำนักงาน</p>{{/if}}
<p class="hint">สำนักงานที่ถูกระงับ ผู้ใช้ทุกคนเข้าสู่ระบบไม่ได้ และการเข้าใช้งานที่ค้างอยู่สิ้นสุดทันที</p>
</section>

<section class="card" id="new-office" aria-labelledby="new-office-title">
<h2 id="new-office-title">เพิ่มสำนักงาน</h2>
<form method="post" action="/platform/offices" class="stack">
{{> csrf}}
<div class="search-grid">
<div class="field"><label for="o-code">รหัสสำนักงาน (ใช้ในที่อยู่เว็บ)</label><input id="o-code" name="code" type="text" value="{{form.code}}" pattern="[a-z0-9][a-z0-9\\-]*" autocapitalize="none" required></div>
<div class="field"><label for="o-name">ชื่อสำนักงาน</label><input id="o-name" name="name" type="text" value="{{form.name}}" required></div>
<div class="field"><label for="o-short">ชื่อย่อ</label><input id="o-short" name="shortName" type="text" value="{{form.shortName}}"></div>
<div class="field"><label for="o-book">รหัสหนังสือ</label><input id="o-book" name="bookCode" type="text" value="{{form.bookCode}}" placeholder="ศธ ๐๔๓๐๕" required></div>
<div class="field"><label for="o-address">ที่อยู่</label><input id="o-address" name="address" type="text" value="{{form.address}}"></div>
<div class="field"><label for="o-phone">โทรศัพท์</label><input id="o-phone" name="phone" type="text" value="{{form.phone}}"></div>
<div class="field"><label for="o-email">อีเมล (ถ้ามี)</label><input id="o-email" name="email" type="email" value="{{form.email}}"></div>
</div>
<fieldset><legend>ผู้ดูแลระบบคนแรกของสำนักงาน</legend>
<div class="search-grid">
<div class="field"><label for="a-username">ชื่อผู้ใช้</label><input id="a-username" name="adminUsername" type="text" value="{{form.adminUsername}}" autocomplete="off" autocapitalize="none" required></div>
<div class="field"><label for="a-password">รหัสผ่านเริ่มต้น</label><input id="a-password" name="adminPassword" type="password" autocomplete="new-password" minlength="10" required></div>
<div class="field"><label for="a-name">ชื่อ–นามสกุล</label><input id="a-name" name="adminName" type="text" value="{{form.adminName}}" required></div>
</div>
</fieldset>
<p class="hint">สำนักงานใหม่เริ่มว่าง: ทะเบียนเริ่มเลข ๑ ของแต่ละปี ตัวชี้วัด OIT ตามรายการส่วนกลาง ผู้ดูแลระบบของสำนักงานนำเข้ากลุ่มและบุคลากรจากไฟล์ CSV ได้ที่เมนู นำเข้าข้อมูล</p>
<button type="submit" class="button primary">เพิ่มสำนักงาน</button>
</form>
</section>
`);
