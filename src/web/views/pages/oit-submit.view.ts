import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface OitSubmitModel {
  fiscalYear: number;
  yearTh: string;
  complete: string;
  total: string;
  survey: string;
  publicUrl: string;
}

/** The step before submitting: what is sent, and that the year is frozen afterwards. */
export const oitSubmitView = compileView<OitSubmitModel & PageBase>(`
<div class="card stack confirm">
<h1>ยืนยันการส่งข้อมูล OIT ปีงบประมาณ พ.ศ. {{yearTh}}</h1>
<p class="flash flash-error" id="frozen" role="note"><strong>เมื่อส่งแล้วจะแก้ไขไม่ได้</strong> หน้าเผยแพร่จะแสดงหลักฐานและคะแนน ณ วันที่ส่งตลอดไป หลักฐานหรือคะแนนที่เพิ่มภายหลังจะไม่ปรากฏ และจะส่งซ้ำไม่ได้</p>
<dl class="facts">
<dt>ข้อที่มีหลักฐานครบถ้วน</dt><dd>{{complete}} จาก {{total}} ข้อ</dd>
<dt>คะแนน IIT และ EIT</dt><dd>{{survey}}</dd>
<dt>หน้าเผยแพร่</dt><dd><a href="{{publicUrl}}">{{publicUrl}}</a></dd>
</dl>
<form method="post" action="/oit/submit" class="actions">
{{> csrf}}
<input type="hidden" name="year" value="{{fiscalYear}}">
<input type="hidden" name="confirmed" value="1">
<button type="submit" class="button primary" aria-describedby="frozen">ยืนยันส่งข้อมูล</button>
<a class="button secondary" href="/oit?year={{fiscalYear}}">กลับไปตรวจสอบก่อน</a>
</form>
</div>
`);
