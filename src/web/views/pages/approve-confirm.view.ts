import type { PageBase } from '../../web-pages';
import { compileView } from '../engine';

export interface ApproveConfirmModel {
  id: number;
  version: number;
  subject: string;
  note: string;
  signer: string;
  position: string;
  capacityLine: string;
}

export const approveConfirmView = compileView<ApproveConfirmModel & PageBase>(`
<div class="card stack confirm">
<h1>ยืนยันการลงนาม</h1>
{{#if capacityLine}}<p class="confirm-capacity" id="capacity">ท่านกำลังลงนาม <strong>{{capacityLine}}</strong></p>
{{else}}<p class="confirm-capacity" id="capacity">ท่านกำลังลงนามอนุมัติ หนังสือจะได้รับเลขที่และประทับตราเอกสาร แล้วจะแก้ไขไม่ได้อีก</p>{{/if}}
<dl class="facts">
<dt>เรื่อง</dt><dd>{{subject}}</dd>
<dt>เกษียน</dt><dd>{{note}}</dd>
<dt>ผู้ลงนาม</dt><dd>{{signer}}<br>{{position}}{{#if capacityLine}}<br>{{capacityLine}}{{/if}}</dd>
</dl>
<form method="post" action="/memos/{{id}}/approve" class="actions">
{{> csrf}}
<input type="hidden" name="version" value="{{version}}">
<input type="hidden" name="note" value="{{note}}">
<input type="hidden" name="confirmed" value="1">
<button type="submit" class="button primary" aria-describedby="capacity">ยืนยันลงนาม</button>
<a class="button secondary" href="/memos/{{id}}">ยกเลิก</a>
</form>
</div>
`);
