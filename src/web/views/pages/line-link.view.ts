import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface LineLinkModel {
  linkToken: string;
  name: string;
  office: string;
  replacing: boolean;
}

/** Confirming a link: the signed-in person says this LINE account is theirs. */
export const lineLinkView = compileView<LineLinkModel & PageBase>(`
<div class="card stack confirm">
<h1>ยืนยันการเชื่อมบัญชี LINE</h1>
<p id="who">เชื่อมบัญชี LINE ที่ขอลิงก์นี้กับบัญชีของ <strong>{{name}}</strong> ({{office}}) เพื่อรับการแจ้งเตือนเรื่องที่รอท่านทาง LINE</p>
{{#if replacing}}<p>บัญชีของท่านเชื่อมกับ LINE อีกบัญชีหนึ่งอยู่แล้ว การยืนยันจะเปลี่ยนไปใช้บัญชีนี้แทน</p>{{/if}}
<p class="hint">กดยืนยันเฉพาะเมื่อท่านเพิ่งขอลิงก์นี้จาก LINE ของท่านเอง หากได้รับลิงก์จากผู้อื่น อย่ากดยืนยัน เพราะการแจ้งเตือนของท่านจะไปถึงบัญชี LINE ของผู้นั้น</p>
<form method="post" action="/line/link" class="actions">
{{> csrf}}
<input type="hidden" name="linkToken" value="{{linkToken}}">
<button type="submit" class="button primary" aria-describedby="who">ยืนยันเชื่อมบัญชี</button>
<a class="button secondary" href="/line">ยกเลิก</a>
</form>
</div>
`);
