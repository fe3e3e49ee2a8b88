import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface LineModel {
  configured: boolean;
  linked: boolean;
  linkedAt: string;
}

/** The person's LINE notifications: linked or how to link, and unlinking. */
export const lineView = compileView<LineModel & PageBase>(`
<div class="card stack">
<h1>การแจ้งเตือนทาง LINE</h1>
{{#if linked}}
<p>บัญชีของท่านเชื่อมกับ LINE แล้วเมื่อ {{linkedAt}} ท่านจะได้รับการแจ้งเตือนเรื่องที่รอท่านทาง LINE ด้วย นอกเหนือจากในระบบและอีเมล</p>
<form method="post" action="/line/unlink" class="actions">{{> csrf}}<button type="submit" class="button secondary">ยกเลิกการเชื่อมบัญชี LINE</button></form>
{{else}}{{#if configured}}
<p>รับการแจ้งเตือนเรื่องที่รอท่านทาง LINE ได้ โดยเชื่อมบัญชี LINE ของท่านกับระบบ:</p>
<ol>
<li>เพิ่มบัญชี LINE Official Account ของสำนักงานเป็นเพื่อน (สอบถามผู้ดูแลระบบ)</li>
<li>ส่งข้อความใดก็ได้ถึงบัญชีนั้น ระบบจะตอบกลับด้วยลิงก์เชื่อมบัญชี</li>
<li>เปิดลิงก์ เข้าสู่ระบบด้วยบัญชีของท่านเอง แล้วกดยืนยัน</li>
</ol>
<p class="hint">ลิงก์ใช้ได้ภายใน ๑๐ นาที และใช้ได้ครั้งเดียว</p>
{{else}}
<p>สำนักงานยังไม่ได้ตั้งค่าการแจ้งเตือนทาง LINE</p>
{{/if}}{{/if}}
</div>
`);
