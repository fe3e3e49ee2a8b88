// The memo page after the decision (and an endorsed letter's): the plan, รับทราบ, อ่านแล้ว n / N, tasks.
import { MAX_DONE_NOTE } from '../../../circulation/dto/circulation.dto';
import { views } from '../engine';

views.registerPartial(
  'afterApproval',
  `{{#with after}}
{{#if acknowledge}}
<section class="card action-panel" aria-labelledby="ack-title">
<h2 id="ack-title">หนังสือเวียนเพื่อทราบ</h2>
{{#if acknowledge.readAt}}<p>ท่านรับทราบแล้วเมื่อ {{acknowledge.readAt}}</p>
{{else}}<p class="hint" id="ack-hint">อ่านหนังสือนี้แล้วกดรับทราบ ระบบจะบันทึกวันเวลาที่ท่านรับทราบ</p>
<form method="post" action="{{acknowledge.action}}">{{> csrf}}<button type="submit" class="button primary wide" aria-describedby="ack-hint">รับทราบ</button></form>{{/if}}
</section>
{{/if}}
{{#if plan.length}}
<section class="card" aria-labelledby="plan-title">
<h2 id="plan-title">เมื่ออนุมัติแล้ว</h2>
<ul>{{#each plan}}<li>{{this}}</li>{{/each}}</ul>
</section>
{{/if}}
{{#if readers}}
<section class="card" aria-labelledby="readers-title">
<h2 id="readers-title">การรับทราบ: {{readers.summary}}</h2>
{{#if readers.unread.length}}<h3>ยังไม่รับทราบ</h3>
<ul class="names">{{#each readers.unread}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
{{#if readers.read.length}}<h3>รับทราบแล้ว</h3>
<ul class="names">{{#each readers.read}}<li>{{name}} <span class="muted small">{{at}}</span></li>{{/each}}</ul>{{/if}}
{{#if readers.remind}}<form method="post" action="{{readers.remind}}">{{> csrf}}<button type="submit" class="button secondary">เตือนผู้ที่ยังไม่รับทราบ</button></form>{{/if}}
{{#if readers.remindedAt}}<p class="hint">เตือนล่าสุดเมื่อ {{readers.remindedAt}}</p>{{/if}}
</section>
{{/if}}
{{#if tasks.length}}
<section class="card" aria-labelledby="tasks-title">
<h2 id="tasks-title">งานที่มอบหมาย</h2>
<ul class="task-list">
{{#each tasks}}
<li>
<p><strong>{{task}}</strong></p>
<p class="muted small">{{assignee}} · กำหนดเสร็จ {{due}}{{#if overdue}} <span class="error-text">เลยกำหนด</span>{{/if}}</p>
<p><span class="badge badge-status {{stateClass}}">{{stateLabel}}</span>{{#if doneLine}} <span class="small">{{doneLine}}</span>{{/if}}</p>
{{#if doneNote}}<p>{{doneNote}}</p>{{/if}}
{{#if doneAction}}
<details class="action">
<summary class="button secondary">เสร็จแล้ว…</summary>
<form method="post" action="{{doneAction}}" class="stack">{{> csrf}}
<input type="hidden" name="{{back.field}}" value="{{back.id}}">
<div class="field"><label for="done-note-{{id}}">ผลการดำเนินการ</label>
<textarea id="done-note-{{id}}" name="note" rows="2" maxlength="${MAX_DONE_NOTE}"></textarea></div>
<button type="submit" class="button primary">บันทึกว่าเสร็จแล้ว</button>
</form>
</details>
{{/if}}
</li>
{{/each}}
</ul>
</section>
{{/if}}
{{/with}}`,
);
