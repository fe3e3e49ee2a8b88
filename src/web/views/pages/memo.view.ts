import { MAX_NOTE } from '../../../workflow/dto/transition.dto';
import type { AfterApprovalSection } from '../../models/after-approval.model';
import type { MemoPage } from '../../models/memo-page.model';
import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';
import './after-approval.partial';

export const memoView = compileView<MemoPage & { after: AfterApprovalSection } & PageBase>(`
<div class="memo-page">
<section class="memo-head card" aria-labelledby="memo-title">
<p class="memo-badges">{{> memoBadges}} <span class="{{statusClass}}">{{statusLabel}}</span></p>
<h1 id="memo-title">{{subject}}</h1>
<dl class="facts">
{{#if docNumber}}<dt>ที่</dt><dd>{{docNumber}}</dd>{{/if}}
{{#if registeredAt}}<dt>ลงวันที่</dt><dd>{{registeredAt}}</dd>{{/if}}
<dt>เรียน</dt><dd>{{to}}</dd>
<dt>ผู้เสนอ</dt><dd>{{author}}{{#if authorPosition}}<br><span class="muted">{{authorPosition}}</span>{{/if}}</dd>
<dt>ส่วนราชการ</dt><dd>{{department}}</dd>
{{#if submittedAt}}<dt>ส่งเสนอ</dt><dd>{{submittedAt}}</dd>{{/if}}
{{#if waitingFor}}<dt>รอ</dt><dd>{{waitingFor}}</dd>{{/if}}
{{#if urgentBy}}<dt>กำหนด</dt><dd class="error-text">{{urgentBy}}</dd>{{/if}}
</dl>
<p class="phone-only"><a class="button secondary wide" href="{{pdf.href}}" target="_blank" rel="noopener">เปิด{{pdf.label}}</a></p>
</section>

<section class="pdf-pane card" aria-labelledby="pdf-title">
<h2 id="pdf-title">{{pdf.label}}</h2>
<p><a class="button secondary pdf-open" href="{{pdf.href}}" target="_blank" rel="noopener">เปิดเอกสาร PDF เต็มจอ</a></p>
<iframe src="{{pdf.href}}#navpanes=0&amp;view=FitH" title="ตัวอย่างเอกสาร {{subject}}" loading="lazy" tabindex="-1"></iframe>
</section>

<div class="memo-side">
{{#if actions.any}}
<section class="action-panel card" id="actions" aria-labelledby="actions-title">
<h2 id="actions-title">การดำเนินการ</h2>
{{#if actions.approve}}
<form method="post" action="/memos/{{id}}/approve" class="action stack">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field">
<label for="approve-note">ข้อความเกษียน</label>
<div class="presets" data-preset-for="approve-note" role="group" aria-label="ข้อความเกษียนที่ใช้บ่อย" hidden>
{{#each actions.approve.presets}}<button type="button" class="button small secondary" data-preset="{{this}}">{{this}}</button>{{/each}}
</div>
<textarea id="approve-note" name="note" rows="3" maxlength="${MAX_NOTE}">{{actions.approve.note}}</textarea>
</div>
{{#if actions.approve.capacityLine}}<p class="hint">ท่านลงนามในฐานะ {{actions.approve.capacityLine}} — ระบบจะให้ยืนยันอีกครั้งก่อนลงนาม</p>{{/if}}
<button type="submit" class="button primary wide" name="intent" value="approve">{{#if actions.approve.isFinal}}ลงนามอนุมัติ…{{else}}เกษียนและเสนอต่อ{{/if}}</button>
</form>
{{/if}}
{{#if actions.sendBack}}
<details class="action">
<summary class="button secondary wide">ส่งกลับแก้ไข…</summary>
<form method="post" action="/memos/{{id}}/return" class="stack">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="return-note">เหตุผลที่ส่งกลับ (จำเป็น)</label>
<textarea id="return-note" name="note" rows="3" maxlength="${MAX_NOTE}" required></textarea></div>
<button type="submit" class="button secondary wide">ส่งกลับแก้ไข</button>
</form>
</details>
{{/if}}
{{#if actions.reject}}
<details class="action">
<summary class="button danger wide">ไม่อนุมัติ…</summary>
<form method="post" action="/memos/{{id}}/reject" class="stack">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<div class="field"><label for="reject-note">เหตุผลที่ไม่อนุมัติ (จำเป็น)</label>
<textarea id="reject-note" name="note" rows="3" maxlength="${MAX_NOTE}" required></textarea></div>
<button type="submit" class="button danger wide">ไม่อนุมัติ</button>
</form>
</details>
{{/if}}
{{#if actions.edit}}
<div class="action actions">
<a class="button secondary" href="/memos/{{id}}/edit">แก้ไขร่าง</a>
{{#if actions.submit}}<form method="post" action="/memos/{{id}}/submit">{{> csrf}}<input type="hidden" name="version" value="{{version}}"><button type="submit" class="button primary">ส่งเสนอ</button></form>{{/if}}
</div>
{{/if}}
{{#if actions.withdraw}}
<details class="action">
<summary class="button danger wide">{{actions.withdraw.label}}…</summary>
<form method="post" action="/memos/{{id}}/withdraw" class="stack">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<p>{{actions.withdraw.explain}}</p>
<button type="submit" class="button danger wide">{{actions.withdraw.label}}</button>
</form>
</details>
{{/if}}
</section>
{{/if}}
{{> afterApproval}}

<section class="card" aria-labelledby="history-title">
<h2 id="history-title">การเกษียนหนังสือ</h2>
{{#if history.length}}
<ol class="timeline">
{{#each history}}
<li class="{{stateClass}}">
<p class="endorse-note">{{#if note}}{{note}}{{else}}{{stateLabel}}{{/if}}</p>
<p class="endorse-who">{{name}}<br>{{position}}{{#if capacityLine}}<br>{{capacityLine}}{{/if}}<br>{{stateLabel}} · {{date}}</p>
</li>
{{/each}}
</ol>
{{else}}
<p class="muted">ยังไม่มีการเกษียน</p>
{{/if}}
</section>

{{#if chain.length}}
<section class="card" aria-labelledby="chain-title">
<h2 id="chain-title">ลำดับการพิจารณา</h2>
<ol class="chain">
{{#each chain}}
<li><span><strong>{{roleLabel}}</strong><br>{{name}}{{#if capacityLine}}<br><span class="muted small">{{capacityLine}}</span>{{/if}}</span>
<span class="state badge badge-status {{stateClass}}">{{stateLabel}}</span></li>
{{/each}}
</ol>
</section>
{{/if}}

<section class="card" aria-labelledby="body-title">
<h2 id="body-title">เนื้อความ</h2>
<div class="paragraphs">{{#each paragraphs}}<p>{{this}}</p>{{/each}}{{#if closing}}<p>{{closing}}</p>{{/if}}</div>
</section>

{{#if issuance}}
<section class="card" aria-labelledby="issuance-title">
<h2 id="issuance-title">{{issuance.kindLabel}}แนบเพื่อลงนาม</h2>
<p>{{issuance.subject}}{{#if issuance.number}} (ที่ {{issuance.number}}){{/if}}</p>
<p><a href="{{issuance.href}}" target="_blank" rel="noopener">เปิด{{issuance.kindLabel}} (PDF)</a></p>
{{#if issuance.dispatchHref}}<p><a class="button secondary" href="{{issuance.dispatchHref}}">สถานะการส่งและการตอบรับ</a></p>{{/if}}
</section>
{{/if}}

{{#if attachments.length}}
<section class="card" aria-labelledby="files-title">
<h2 id="files-title">ไฟล์แนบ</h2>
<ul class="attachments">{{#each attachments}}<li><a href="{{href}}">{{name}}</a> <span class="muted small">{{size}}</span></li>{{/each}}</ul>
</section>
{{/if}}

{{#if verify}}
<section class="card" aria-labelledby="verify-title">
<h2 id="verify-title">การตรวจสอบเอกสาร</h2>
<p>รหัสตรวจสอบ <code>{{verify.code}}</code> — <a href="{{verify.href}}">หน้าตรวจสอบเอกสาร</a></p>
</section>
{{/if}}

{{#if oitLinks.length}}
<section class="card" aria-labelledby="oit-title">
<h2 id="oit-title">หลักฐาน OIT</h2>
<ul>{{#each oitLinks}}<li>{{code}} ปีงบประมาณ {{year}}: {{status}}</li>{{/each}}</ul>
</section>
{{/if}}
</div>
</div>
`);
