import type { OitDashboard } from '../../models/oit.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface OitPageModel extends OitDashboard {
  years: Array<{ value: number; label: string; selected: boolean }>;
}

export const oitView = compileView<OitPageModel & PageBase>(`
<div class="page-head">
<h1>OIT ปีงบประมาณ พ.ศ. {{yearTh}}</h1>
<form method="get" action="/oit" class="actions">
<label for="year" class="visually-hidden">ปีงบประมาณ</label>
<select id="year" name="year">{{#each years}}<option value="{{value}}"{{#if selected}} selected{{/if}}>ปีงบประมาณ {{label}}</option>{{/each}}</select>
<button type="submit" class="button secondary">แสดง</button>
</form>
</div>
{{#if catalogNote}}<p class="muted">{{catalogNote}}</p>{{/if}}
{{#if submitted}}<p class="flash flash-info">ส่งข้อมูลเพื่อการประเมินแล้ว</p>{{/if}}
{{#if canDecide}}
<section class="card stack" aria-labelledby="tasks-title" id="survey">
<h2 id="tasks-title">งานของผู้ประสานงาน OIT</h2>
<p class="actions"><a class="button primary" href="/oit/evidence?year={{fiscalYear}}">เพิ่มหลักฐาน</a>
<a class="button secondary" href="/oit/settings">ตั้งค่าการจับคู่และผู้รับผิดชอบ</a>
<a class="button secondary" href="/oit/catalogs">รายการตัวชี้วัดรายปี</a>
{{#if canManage}}<a class="button secondary" href="/oit/submit?year={{fiscalYear}}">ส่งข้อมูลเพื่อการประเมิน…</a>{{/if}}</p>
{{#if canManage}}
<form method="post" action="/oit/survey" class="stack">
{{> csrf}}<input type="hidden" name="year" value="{{fiscalYear}}">
<fieldset><legend>คะแนนจากแบบสำรวจ (คะแนนถ่วงน้ำหนัก เต็ม ๓๐)</legend>
<div class="field"><label for="iit">คะแนน IIT (ผู้มีส่วนได้ส่วนเสียภายใน)</label><input id="iit" name="iit" type="number" min="0" max="30" step="0.01" inputmode="decimal" required value="{{survey.iit}}"></div>
<div class="field"><label for="eit">คะแนน EIT (ผู้มีส่วนได้ส่วนเสียภายนอก)</label><input id="eit" name="eit" type="number" min="0" max="30" step="0.01" inputmode="decimal" required value="{{survey.eit}}"></div>
</fieldset>
<button type="submit" class="button secondary">บันทึกคะแนน IIT และ EIT</button>
</form>
{{/if}}
</section>
{{/if}}

<section aria-labelledby="score-title">
<h2 id="score-title" class="visually-hidden">คะแนนที่คาดว่าจะได้</h2>
<div class="score-cards">
{{#each cards}}<div class="score-card"><span class="muted small">{{label}}</span><span class="value">{{value}}</span><span class="muted small">{{note}}</span></div>{{/each}}
</div>
</section>

<div class="draft-layout">
<section class="card" aria-labelledby="indicators-title">
<h2 id="indicators-title">คะแนนรายตัวชี้วัด</h2>
<ul class="bars">
{{#each indicators}}
<li><span class="bar-label">{{label}}</span><span class="bar-value">{{text}}</span>
<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" x="0" y="0" width="100" height="10" rx="2"/><rect class="bar-fill {{band}}" x="0" y="0" width="{{width}}" height="10" rx="2"/></svg></li>
{{/each}}
</ul>
<h3>ตัวชี้วัดย่อย</h3>
<ul class="bars">
{{#each subindicators}}
<li><span class="bar-label">{{code}} {{name}}</span><span class="bar-value">{{text}}</span>
<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" x="0" y="0" width="100" height="10" rx="2"/><rect class="bar-fill {{band}}" x="0" y="0" width="{{width}}" height="10" rx="2"/></svg></li>
{{/each}}
</ul>
</section>

<section class="card" aria-labelledby="whatif-title">
<h2 id="whatif-title">ทำข้อใดเพิ่มแล้วได้คะแนนมากที่สุด</h2>
{{#if whatIf.length}}
<p class="hint">คะแนนถ่วงน้ำหนัก (จาก ๔๐) ที่จะเพิ่มขึ้นเมื่อข้อนั้นมีหลักฐานครบถ้วน</p>
<ul class="bars">
{{#each whatIf}}
<li><span class="bar-label"><a href="#item-{{code}}">{{code}}</a> {{name}}</span><span class="bar-value">{{gain}}</span>
<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" x="0" y="0" width="100" height="10" rx="2"/><rect class="bar-fill" x="0" y="0" width="{{width}}" height="10" rx="2"/></svg></li>
{{/each}}
</ul>
{{else}}<p>ทุกข้อมีหลักฐานครบถ้วนแล้ว</p>{{/if}}
</section>
</div>

<section class="card" aria-labelledby="proposals-title" id="proposals">
<h2 id="proposals-title">หลักฐานที่ระบบเสนอ รอการยืนยัน</h2>
{{#if proposals.length}}
{{#each proposals}}
<div class="proposal">
<p><strong>{{code}}</strong> {{itemName}}</p>
<p>{{#if href}}<a href="{{href}}">{{title}}</a>{{else}}{{title}}{{/if}} <span class="muted small">ความมั่นใจ {{score}}%</span></p>
{{#if ../canDecide}}
<div class="actions">
<form method="post" action="/oit/links/{{linkId}}/confirm">{{> csrf}}<input type="hidden" name="year" value="{{@root.fiscalYear}}"><button type="submit" class="button ok small" aria-label="ยืนยัน {{title}} เป็นหลักฐาน {{code}}">ยืนยัน</button></form>
<form method="post" action="/oit/links/{{linkId}}/reject">{{> csrf}}<input type="hidden" name="year" value="{{@root.fiscalYear}}"><button type="submit" class="button danger small" aria-label="ไม่ใช้ {{title}} เป็นหลักฐาน {{code}}">ไม่ใช้</button></form>
</div>
{{/if}}
</div>
{{/each}}
{{else}}<p class="muted">ไม่มีหลักฐานที่รอการยืนยัน</p>{{/if}}
</section>

<section class="card" aria-labelledby="items-title">
<h2 id="items-title">รายการ OIT ทั้งหมด</h2>
<ul class="legend">{{#each legend}}<li><span class="{{className}} legend-tile" aria-hidden="true">{{symbol}}</span> {{label}}</li>{{/each}}</ul>
{{#each subindicators}}
<h3>{{code}} {{name}} <span class="muted small">({{text}})</span></h3>
<ul class="item-grid" aria-label="สถานะรายข้อ {{code}}">
{{#each items}}<li><a class="{{statusClass}}" href="#item-{{code}}" data-open-details><span>{{code}}</span><span class="sym">{{symbol}} {{statusLabel}}</span></a></li>{{/each}}
</ul>
<details class="item-details">
<summary>รายละเอียดรายข้อ {{code}}</summary>
<ul class="oit-items">
{{#each items}}
<li id="item-{{code}}"><span class="code">{{code}}</span> {{name}} <span class="pill {{pillClass}}">{{symbol}} {{statusLabel}}</span>{{#if due}} <span class="error-text small">{{due}}</span>{{/if}}
{{#if responsible}}<br><span class="muted small">ผู้รับผิดชอบ: {{responsible}}</span>{{/if}}
{{#if evidence.length}}<ul class="evidence">{{#each evidence}}<li>{{#if href}}<a href="{{href}}">{{title}}</a>{{else}}{{title}}{{/if}}</li>{{/each}}</ul>{{/if}}
{{#if @root.canDecide}}<a class="small" href="/oit/evidence?year={{@root.fiscalYear}}&amp;code={{code}}" aria-label="เพิ่มหลักฐานข้อ {{code}}">เพิ่มหลักฐาน</a>{{/if}}
</li>
{{/each}}
</ul>
</details>
{{/each}}
</section>
`);
