// The drafting form's "เมื่ออนุมัติแล้ว": circulate to all staff or not, and one task for a group.
// The letter page's endorse form shows it too, with its own `legend`.
import { MEMO_LIMITS } from '../../../memo/dto/memo.limits';
import { views } from '../engine';

views.registerPartial(
  'onApprovalFields',
  `<fieldset class="on-approval">
<legend>{{#if legend}}{{legend}}{{else}}เมื่ออนุมัติแล้ว{{/if}}</legend>
{{#if plan.kept.length}}
<ul>{{#each plan.kept}}<li>{{this}}</li>{{/each}}</ul>
<p class="hint">ตั้งไว้ผ่านระบบอื่น แก้ไขในหน้านี้ไม่ได้ ระบบจะคงไว้ตามเดิม</p>
{{else}}
<div class="stack">
<div class="field"><label for="circulate">แจ้งเวียน</label>
<select id="circulate" name="circulate" aria-describedby="circulate-hint">{{#each plan.circulateChoices}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select>
<span class="hint" id="circulate-hint">บุคลากรทุกคนจะได้รับหนังสือในรายการหนังสือเวียนรอรับทราบ และกดรับทราบ (หนังสือชั้นลับแจ้งเวียนได้เฉพาะบุคคลที่ระบุชื่อ)</span></div>
<div class="field"><label for="taskGroupId">มอบหมายงานให้กลุ่ม (ถ้ามี)</label>{{fieldError "taskGroupId"}}
<select id="taskGroupId" name="taskGroupId"{{fieldAttrs "taskGroupId"}}><option value="">ไม่มอบหมายงาน</option>{{#each plan.groups}}<option value="{{id}}"{{#if selected}} selected{{/if}}>{{name}}</option>{{/each}}</select></div>
<div class="field"><label for="taskText">งานที่มอบหมาย</label>
<textarea id="taskText" name="taskText" rows="2" maxlength="${MEMO_LIMITS.task}">{{values.taskText}}</textarea></div>
{{> dateField id="taskDueAt" name="taskDueAt" label="กำหนดเสร็จ" value=values.taskDueAt}}
</div>
{{/if}}
</fieldset>`,
);
