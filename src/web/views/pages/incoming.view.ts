import type { LetterPage } from '../../models/incoming-page.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';
import './after-approval.partial';
import './on-approval-fields.partial';

const ACTIONS = `
{{#if actions.forward}}
<form method="post" action="/incoming/{{id}}/forward" class="action stack" id="forward-form">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="forward-to">เสนอผู้บริหาร</label>
<select id="forward-to" name="toUsername" required>{{#each executives}}<option value="{{username}}">{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="forward-note">ข้อความเสนอ</label>
<textarea id="forward-note" name="note" rows="2" maxlength="1000">{{forwardNote}}</textarea></div>
<button type="submit" class="button primary wide">ส่งต่อผู้บริหาร</button>
</form>
{{/if}}
{{#if actions.endorse}}
<form method="post" action="/incoming/{{id}}/endorse" class="action stack" id="endorse-form">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="endorse-note">ข้อความเกษียนสั่งการ</label>
<div class="presets" data-preset-for="endorse-note" data-groups-from="assign-groups" role="group" aria-label="ข้อความสั่งการที่ใช้บ่อย" hidden>
{{#each presets}}<button type="button" class="button small secondary" data-preset="{{this}}">{{this}}</button>{{/each}}
</div>
<textarea id="endorse-note" name="note" rows="3" maxlength="1000" required>ทราบ</textarea></div>
<fieldset id="assign-groups"><legend>มอบกลุ่มดำเนินการ (เลือกได้หลายกลุ่ม)</legend>
<ul class="reader-list">{{#each groups}}<li><label><input type="checkbox" name="assignGroupIds" value="{{id}}" data-short="{{short}}"> <span>{{name}}</span></label></li>{{/each}}</ul>
</fieldset>
{{> dateField id="endorse-due" name="dueAt" label="ให้ดำเนินการภายในวันที่ (ถ้ามี)"}}
{{#if executives.length}}
<div class="field"><label for="endorse-forward">หรือส่งต่อผู้บริหาร (แทนการมอบกลุ่ม)</label>
<select id="endorse-forward" name="forwardToUsername"><option value="">ไม่ส่งต่อ</option>{{#each executives}}<option value="{{username}}">{{label}}</option>{{/each}}</select></div>
{{/if}}
{{#with endorsePlan}}{{> onApprovalFields}}{{/with}}
<button type="submit" class="button primary wide">สั่งการ</button>
</form>
{{/if}}
{{#if actions.assign}}
<form method="post" action="/incoming/{{id}}/assign" class="action stack" id="assign-form">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="assign-to">มอบหมายผู้รับผิดชอบ</label>
<select id="assign-to" name="username" required>{{#each actions.assign}}<optgroup label="{{groupName}}">{{#each people}}<option value="{{username}}">{{label}}</option>{{/each}}</optgroup>{{/each}}</select></div>
<button type="submit" class="button primary wide">มอบหมาย</button>
</form>
{{/if}}
{{#if actions.acknowledge}}
<form method="post" action="/incoming/{{id}}/acknowledge" class="action">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<button type="submit" class="button primary wide">รับทราบและเริ่มดำเนินการ</button>
</form>
{{/if}}
{{#if actions.reply}}
<p class="action"><a class="button secondary wide" href="/memos/new?inReplyTo={{id}}">ตอบด้วยบันทึกข้อความ</a></p>
{{/if}}
{{#if actions.close}}
<details class="action">
<summary class="button secondary wide">บันทึกการปฏิบัติ (ปิดเรื่อง)…</summary>
<form method="post" action="/incoming/{{id}}/close" class="stack">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="close-action">การปฏิบัติ (จำเป็น)</label>
<textarea id="close-action" name="action" rows="3" maxlength="1000" required></textarea></div>
<button type="submit" class="button secondary wide">บันทึกการปฏิบัติ</button>
</form>
</details>
{{/if}}`;

/** หนังสือรับ: its facts, the stamped copy, the orders, the groups' part and what to do next. */
export const incomingView = compileView<LetterPage & PageBase>(`
<div class="memo-page">
<section class="memo-head card" aria-labelledby="letter-title">
<p class="memo-badges"><span class="badge badge-kind">หนังสือรับ</span> {{> memoBadges}} <span class="{{statusClass}}">{{statusLabel}}</span></p>
<h1 id="letter-title">{{subject}}</h1>
<dl class="facts">
<dt>เลขรับ</dt><dd>{{receiveNumber}}</dd>
<dt>รับเมื่อ</dt><dd>{{receivedAt}}{{#if receivedBy}}<br><span class="muted">{{receivedBy}}</span>{{/if}}</dd>
<dt>จาก</dt><dd>{{fromAgency}}</dd>
<dt>ที่</dt><dd>{{theirNumber}}</dd>
<dt>ลงวันที่</dt><dd>{{theirDate}}</dd>
{{#if to}}<dt>เรียน</dt><dd>{{to}}</dd>{{/if}}
{{#if waitingOn}}<dt>รอ</dt><dd>{{waitingOn}}</dd>{{/if}}
{{#if dueAt}}<dt>กำหนด</dt><dd class="error-text">ภายใน {{dueAt}}</dd>{{/if}}
</dl>
<p class="phone-only"><a class="button secondary wide" href="{{stampedHref}}" target="_blank" rel="noopener">เปิดหนังสือพร้อมตรารับ (PDF)</a></p>
</section>

<section class="pdf-pane card" aria-labelledby="pdf-title">
<h2 id="pdf-title">หนังสือพร้อมตรารับ</h2>
<p><a class="button secondary pdf-open" href="{{stampedHref}}" target="_blank" rel="noopener">เปิดเอกสาร PDF เต็มจอ</a></p>
<iframe src="{{stampedHref}}" title="หนังสือพร้อมตรารับ {{subject}}" loading="lazy"></iframe>
</section>

<div class="memo-side">
{{#if actions.any}}
<section class="action-panel card" id="actions" aria-labelledby="actions-title">
<h2 id="actions-title">การดำเนินการ</h2>
${ACTIONS}
</section>
{{/if}}

<section class="card" aria-labelledby="history-title">
<h2 id="history-title">การเสนอและการสั่งการ</h2>
{{#if history.length}}
<ol class="timeline">
{{#each history}}
<li class="{{kind}}">
<p class="endorse-note">{{#if note}}{{note}}{{else}}{{title}}{{/if}}</p>
<p class="endorse-who">{{title}}<br>{{who}}{{#if extra}}<br>{{extra}}{{/if}}<br>{{date}}</p>
</li>
{{/each}}
</ol>
{{else}}
<p class="muted">ยังไม่ได้เสนอผู้บริหาร</p>
{{/if}}
</section>

{{#if assignments.length}}
<section class="card" aria-labelledby="groups-title">
<h2 id="groups-title">กลุ่มที่รับผิดชอบ</h2>
<ol class="chain">
{{#each assignments}}
<li><span><strong>{{groupName}}</strong><br>เลขรับของกลุ่ม {{number}}{{#if assignee}}<br>ผู้รับผิดชอบ {{assignee}}{{/if}}{{#if dueAt}}<br>ภายใน {{dueAt}}{{/if}}{{#if action}}<br><span class="muted">การปฏิบัติ: {{action}}</span>{{/if}}</span>
<span class="state badge badge-status {{stateClass}}">{{stateLabel}}</span></li>
{{/each}}
</ol>
</section>
{{/if}}

{{> afterApproval}}

{{#if replies.length}}
<section class="card" aria-labelledby="replies-title">
<h2 id="replies-title">หนังสือตอบ</h2>
<ul>{{#each replies}}<li><a href="{{href}}">บันทึกข้อความ ที่ {{number}}</a></li>{{/each}}</ul>
</section>
{{/if}}

<section class="card" aria-labelledby="files-title">
<h2 id="files-title">ไฟล์หนังสือ</h2>
{{#if files.length}}
<ul class="attachments">{{#each files}}<li><a href="{{href}}">{{name}}</a> <span class="muted small">{{size}}</span></li>{{/each}}</ul>
{{else}}<p class="muted">ไม่มีไฟล์ (หนังสือฉบับกระดาษ)</p>{{/if}}
</section>
</div>
</div>
`);
