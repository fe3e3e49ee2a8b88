import { compileView } from '../engine';
import type { PageBase } from '../../web-pages';

export interface ResumeModel {
  path: string;
  inputs: Array<{ name: string; value: string }>;
  /** What was typed, shown so the person sees what the button will send. */
  texts: Array<{ name: string; value: string }>;
}

/** After signing in again: the form the session ended on, sent again with one click. */
export const resumeView = compileView<ResumeModel & PageBase>(`
<section class="card stack" aria-labelledby="resume-title">
<h1 id="resume-title">ดำเนินการต่อจากที่ค้างไว้</h1>
<p>ก่อนหมดเวลาการใช้งาน ท่านได้กรอกข้อมูลต่อไปนี้ไว้ กดปุ่มด้านล่างเพื่อดำเนินการต่อ หรือกลับไปหน้าเดิมเพื่อทำใหม่</p>
{{#if texts.length}}<dl class="facts">{{#each texts}}<dt>{{name}}</dt><dd class="resume-text">{{value}}</dd>{{/each}}</dl>{{/if}}
<form method="post" action="{{path}}" class="actions">
{{> csrf}}{{#each inputs}}<input type="hidden" name="{{name}}" value="{{value}}">{{/each}}
<button type="submit" class="button primary" autofocus>ดำเนินการต่อ</button>
<a class="button secondary" href="/home">ยกเลิก</a>
</form>
</section>
`);
