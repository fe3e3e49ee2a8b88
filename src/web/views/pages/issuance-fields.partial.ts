// The drafting form's attached document: kind, text, a letter's parts, committee rows.
import { MEMO_LIMITS } from '../../../memo/dto/memo.limits';
import { thaiCount } from '../../format';
import { views } from '../engine';

const L = MEMO_LIMITS;

views.registerPartial(
  'issuanceFields',
  `<fieldset class="issuance">
<legend>ประกาศ คำสั่ง หรือหนังสือแนบเพื่อลงนาม</legend>
<div class="choices">
{{#each issuanceKinds}}<label><input type="radio" name="issuanceKind" value="{{value}}"{{#if checked}} checked{{/if}}> {{label}}</label>{{/each}}
</div>
<div class="stack issuance-fields">
<div class="field"><label for="issuanceSubject">เรื่อง (ของประกาศ คำสั่ง หรือหนังสือ)</label>{{fieldError "issuanceSubject"}}
<input id="issuanceSubject" name="issuanceSubject" type="text" value="{{values.issuanceSubject}}" maxlength="${L.subject}"{{fieldAttrs "issuanceSubject"}}></div>
<fieldset class="letter-fields">
<legend>หนังสือภายนอก / หนังสือเวียน</legend>
<div class="stack">
<div class="field"><label for="letterTo">เรียน (ผู้รับหนังสือ)</label>{{fieldError "letterTo"}}
<input id="letterTo" name="letterTo" type="text" value="{{values.letterTo}}" maxlength="${L.to}" placeholder="เช่น ศึกษาธิการจังหวัดนครพนม"{{fieldAttrs "letterTo"}}></div>
<div class="field-pair">
<div class="field"><label for="letterSalutation">คำขึ้นต้น</label>
<input id="letterSalutation" name="letterSalutation" type="text" value="{{values.letterSalutation}}" maxlength="${L.salutation}"></div>
<div class="field"><label for="letterClosing">คำลงท้าย</label>
<input id="letterClosing" name="letterClosing" type="text" value="{{values.letterClosing}}" maxlength="${L.letterClosing}"></div>
</div>
<div class="field"><label for="letterReferences">อ้างถึง (ถ้ามี)</label>{{fieldError "letterReferences"}}
<textarea id="letterReferences" name="letterReferences" rows="2"{{fieldAttrs "letterReferences" "letter-lines-hint"}}>{{values.letterReferences}}</textarea></div>
<div class="field"><label for="letterEnclosures">สิ่งที่ส่งมาด้วย (ถ้ามี)</label>{{fieldError "letterEnclosures"}}
<textarea id="letterEnclosures" name="letterEnclosures" rows="2"{{fieldAttrs "letterEnclosures" "letter-lines-hint"}}>{{values.letterEnclosures}}</textarea></div>
<div class="field"><label for="letterCopyTo">สำเนาส่ง (ถ้ามี)</label>{{fieldError "letterCopyTo"}}
<textarea id="letterCopyTo" name="letterCopyTo" rows="2"{{fieldAttrs "letterCopyTo" "letter-lines-hint"}}>{{values.letterCopyTo}}</textarea>
<span class="hint" id="letter-lines-hint">บรรทัดละหนึ่งรายการ ไม่เกิน ${thaiCount(L.letterItems)} รายการ</span></div>
<label class="check"><input type="checkbox" name="allSchools" value="on"{{#if values.allSchools}} checked{{/if}}> ส่งถึงโรงเรียนในสังกัดทุกโรงเรียน</label>
<p class="hint">หนังสือเวียนได้เลขจากทะเบียนหนังสือเวียน (ว) หนังสือภายนอกได้เลขจากทะเบียนหนังสือส่ง เมื่อได้รับอนุมัติ</p>
</div>
</fieldset>
<div class="field"><label for="issuanceText">เนื้อความ</label>
<textarea id="issuanceText" name="issuanceText" rows="5" aria-describedby="issuance-hint">{{values.issuanceText}}</textarea>
<span class="hint" id="issuance-hint">บรรทัดละหนึ่งย่อหน้า เมื่อบันทึกได้รับอนุมัติ ระบบจะออกเลขและลงนามเอกสารนี้</span></div>
<fieldset class="committee-fields">
<legend>คณะกรรมการ (คำสั่งแต่งตั้ง)</legend>
<p class="hint" id="members-hint">แถวละหนึ่งคน ชื่อคณะกรรมการเว้นว่างได้เมื่อเป็นคณะเดียวกับแถวบน แถวที่เว้นว่างจะไม่ถูกบันทึก</p>
<div id="member-rows" class="stack">
{{#each memberRows}}
<div class="member-row" role="group" aria-label="{{label}}">
<div class="row-head"><span class="label">{{label}}</span>
<button type="submit" class="button small danger" name="intent" value="remove-member-{{n}}" formnovalidate data-remove-member aria-label="ลบ {{label}}">ลบ</button></div>
<div class="member-fields">
<div class="field"><label for="member-committee-{{n}}">คณะกรรมการ</label><input id="member-committee-{{n}}" name="memberCommittee" type="text" value="{{committee}}" maxlength="${L.committeeTitle}" placeholder="เช่น คณะกรรมการอำนวยการ"></div>
<div class="field"><label for="member-name-{{n}}">ชื่อ</label>{{fieldError (concat "member-name-" n)}}<input id="member-name-{{n}}" name="memberName" type="text" value="{{name}}" maxlength="${L.memberField}"{{fieldAttrs (concat "member-name-" n)}}></div>
<div class="field"><label for="member-position-{{n}}">ตำแหน่ง</label><input id="member-position-{{n}}" name="memberPosition" type="text" value="{{position}}" maxlength="${L.memberField}"></div>
<div class="field"><label for="member-role-{{n}}">หน้าที่</label><input id="member-role-{{n}}" name="memberRole" type="text" value="{{role}}" maxlength="${L.memberField}" placeholder="เช่น ประธานกรรมการ"></div>
</div>
</div>
{{/each}}
</div>
<p><button type="submit" class="button secondary" name="intent" value="add-member" formnovalidate data-add-member>+ เพิ่มกรรมการ</button></p>
<div class="field"><label for="issuanceAfterText">ข้อความท้ายรายชื่อ</label>
<textarea id="issuanceAfterText" name="issuanceAfterText" rows="2" placeholder="เช่น ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป">{{values.issuanceAfterText}}</textarea></div>
</fieldset>
</div>
</fieldset>`,
);
