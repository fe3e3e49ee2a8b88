import Handlebars from 'handlebars';

export interface ActionMemoModel {
  office: string;
  subject: string;
  /** ที่ and ลงวันที่, once the memo has them. */
  number: string;
  date: string;
  author: string;
  to: string;
  urgency: string;
  submittedAt: string;
  /** Which step this is and in what post the person acts. */
  step: string;
  capacityLine: string;
  paragraphs: string[];
  attachments: string[];
  endorsements: Array<{ who: string; note: string }>;
  /** The document the final signature issues with the memo (คำสั่ง, ประกาศ, หนังสือภายนอก). */
  issuance: string;
  /** The memo's page in Saraban, for reading it in full after signing in. */
  url: string;
}

export interface ActionPageModel {
  title: string;
  /** `ok`: the approval was recorded; `error`: why nothing was done. */
  tone?: 'ok' | 'error' | 'info';
  message?: string;
  english?: string;
  memo?: ActionMemoModel;
  form?: { csrf: string; defaultNote: string; button: string };
  /** Where to go on from a page without a form. */
  next?: { href: string; label: string };
}

export interface ActionPage {
  status: number;
  html: string;
}

// Handlebars escapes every {{value}}; nothing user-written is inserted raw.
const template = Handlebars.compile<ActionPageModel>(
  `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{title}} — สารบรรณอิเล็กทรอนิกส์</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="verify action-link">
<main class="stack">
<h1>{{title}}</h1>
{{#if message}}<p class="flash flash-{{tone}}">{{message}}</p>{{/if}}
{{#if english}}<p lang="en" class="hint">{{english}}</p>{{/if}}
{{#with memo}}
<section class="card stack" aria-labelledby="memo-heading">
<h2 id="memo-heading">บันทึกข้อความ เรื่อง {{subject}}</h2>
<dl class="facts">
<dt>ส่วนราชการ</dt><dd>{{office}}</dd>
{{#if number}}<dt>ที่</dt><dd>{{number}}</dd>{{/if}}
{{#if date}}<dt>วันที่</dt><dd>{{date}}</dd>{{/if}}
<dt>เรียน</dt><dd>{{to}}</dd>
<dt>ผู้เสนอ</dt><dd>{{author}}</dd>
{{#if submittedAt}}<dt>เสนอเมื่อ</dt><dd>{{submittedAt}}</dd>{{/if}}
{{#if urgency}}<dt>ชั้นความเร็ว</dt><dd>{{urgency}}</dd>{{/if}}
{{#if step}}<dt>ขั้นตอน</dt><dd>{{step}}{{#if capacityLine}}<br>{{capacityLine}}{{/if}}</dd>{{/if}}
{{#if issuance}}<dt>หนังสือที่จะลงนาม</dt><dd>{{issuance}}</dd>{{/if}}
</dl>
<h3>สาระสำคัญ</h3>
{{#each paragraphs}}<p>{{this}}</p>{{/each}}
{{#if attachments.length}}<h3>สิ่งที่ส่งมาด้วย</h3>
<ul>{{#each attachments}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
{{#if endorsements.length}}<h3>ความเห็นที่เสนอมาแล้ว</h3>
<ul>{{#each endorsements}}<li>{{who}}: {{note}}</li>{{/each}}</ul>{{/if}}
<p><a href="{{url}}">เปิดบันทึกฉบับเต็มในระบบสารบรรณ</a> (ต้องเข้าสู่ระบบ)</p>
</section>
{{/with}}
{{#with form}}
<form method="post" class="card stack">
<input type="hidden" name="_csrf" value="{{csrf}}">
<div class="field"><label for="note">เกษียน (ไม่บังคับ)</label>
<textarea id="note" name="note" maxlength="1000" aria-describedby="note-hint"></textarea>
<span class="hint" id="note-hint">เว้นว่างไว้ ระบบจะบันทึกว่า "{{defaultNote}}"</span></div>
<p class="hint">การเปิดหน้านี้ยังไม่ได้อนุมัติ ระบบจะบันทึกการอนุมัติเมื่อท่านกดปุ่มด้านล่างเท่านั้น ลิงก์นี้ใช้ได้ครั้งเดียว</p>
<div class="actions"><button type="submit" class="button primary">{{button}}</button></div>
</form>
{{/with}}
{{#with next}}<p><a class="button secondary" href="{{href}}">{{label}}</a></p>{{/with}}
</main>
</body>
</html>`,
);

export const actionPage = (status: number, model: ActionPageModel): ActionPage => ({
  status,
  html: template(model),
});

const SIGN_IN = { href: '/', label: 'เข้าสู่ระบบสารบรรณ' };

/** Used, expired, overtaken or never issued: one answer, so nothing is revealed. */
export const LINK_GONE = actionPage(410, {
  title: 'ลิงก์นี้ใช้ไม่ได้แล้ว',
  tone: 'error',
  message:
    'ลิงก์นี้ถูกใช้ไปแล้ว หมดอายุ หรือบันทึกได้รับการพิจารณาด้วยวิธีอื่นแล้ว (หากได้รับอีเมลหลายฉบับ ให้ใช้ลิงก์ในฉบับล่าสุด) กรุณาเข้าสู่ระบบเพื่อดูสถานะของบันทึก',
  english:
    'This link no longer works: it was used, it expired, or the step was acted on another way (if you received several e-mails, use the latest). Sign in to see the memo.',
  next: SIGN_IN,
});

export const OTHER_USER = actionPage(403, {
  title: 'ลิงก์นี้ส่งถึงผู้อื่น',
  tone: 'error',
  message: 'ท่านเข้าสู่ระบบในชื่อผู้ใช้อื่น ลิงก์นี้ใช้ได้เฉพาะผู้ที่ได้รับอีเมล กรุณาออกจากระบบก่อน หรือให้ผู้รับลิงก์เป็นผู้เปิด',
  english:
    'You are signed in as someone else: this link works only for the person it was sent to. Sign out first, or let its recipient open it.',
});

export const FORM_EXPIRED = actionPage(403, {
  title: 'แบบฟอร์มหมดอายุ',
  tone: 'error',
  message: 'แบบฟอร์มนี้ไม่ได้มาจากหน้ายืนยันของลิงก์ฉบับล่าสุด ยังไม่มีการอนุมัติ กรุณาเปิดลิงก์ในอีเมลอีกครั้ง',
  english:
    'This form did not come from the confirmation page of the latest link; nothing was approved. Open the link in the e-mail again.',
});
