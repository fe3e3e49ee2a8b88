import Handlebars from 'handlebars';

// Handlebars escapes every {{value}}; nothing user-written is inserted raw.
const template = Handlebars.compile<VerifyPageModel>(
  `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ตรวจสอบเอกสาร {{code}} — {{office}}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="verify">
<header class="verify-office"><p>{{office}}</p></header>
<main>
<h1>ตรวจสอบความถูกต้องของเอกสาร</h1>
<p class="verify-ok">เอกสารนี้ออกโดย {{office}} และลงนามในระบบสารบรรณอิเล็กทรอนิกส์แล้ว</p>
<dl>
<dt>รหัสตรวจสอบ</dt><dd>{{code}}</dd>
<dt>ที่</dt><dd>{{number}}</dd>
<dt>ลงวันที่</dt><dd>{{date}}</dd>
{{#unless secret}}
<dt>เรื่อง</dt><dd>{{subject}}</dd>
<dt>ผู้ลงนาม</dt><dd>{{signer}}<br>{{position}}</dd>
<dt>ลายนิ้วมือดิจิทัลของไฟล์ PDF (SHA-256)</dt><dd><code>{{sha256}}</code>
<p class="hint">ค่านี้คำนวณจากไฟล์ต้นฉบับ ไฟล์ที่ถูกแก้ไขแม้เพียงเล็กน้อยจะได้ค่าที่ต่างออกไป</p></dd>
{{/unless}}
</dl>
{{#if secret}}<p>เป็นหนังสือลับ ผู้มีสิทธิ์อ่านเปิดต้นฉบับได้หลังเข้าสู่ระบบ (<a href="/verify/{{code}}/pdf">ต้นฉบับ PDF</a>)</p>
{{else if sealed}}<p><a class="button secondary" href="/verify/{{code}}/pdf">ดาวน์โหลดต้นฉบับ PDF</a></p>
<p>เทียบเอกสารที่ท่านถือกับต้นฉบับนี้ หรือเทียบลายนิ้วมือดิจิทัลของไฟล์กับค่าข้างต้น</p>
{{else}}<p>กำลังจัดทำไฟล์ PDF ฉบับลงนาม กรุณาตรวจสอบอีกครั้งภายหลัง</p>{{/if}}
</main>
</body>
</html>`,
);

export interface VerifyPageModel {
  code: string;
  office: string;
  number: string;
  subject: string;
  date: string;
  signer: string;
  position: string;
  sha256: string;
  sealed: boolean;
  /** A secret document: only that it is genuine, its number and its date. */
  secret: boolean;
}

export const renderVerifyPage = (model: VerifyPageModel): string => template(model);

const lookup = Handlebars.compile<{ code: string; notFound: boolean }>(
  `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{#if notFound}}ไม่พบเอกสาร{{else}}ตรวจสอบเอกสาร{{/if}} — สารบรรณอิเล็กทรอนิกส์</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="verify">
<main>
<h1>ตรวจสอบความถูกต้องของเอกสาร</h1>
{{#if notFound}}<p class="flash flash-error" role="alert">ไม่พบเอกสารที่มีรหัสตรวจสอบ {{code}} กรุณาตรวจรหัสที่พิมพ์อยู่ใต้คิวอาร์โค้ดของเอกสารอีกครั้ง</p>{{/if}}
<form method="get" action="/verify" class="stack">
<div class="field"><label for="code">รหัสตรวจสอบ</label>
<input id="code" name="code" type="text" value="{{code}}" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint">
<span class="hint" id="code-hint">รหัสที่พิมพ์ไว้ใต้คิวอาร์โค้ดท้ายเอกสาร เช่น ABCD-EFGH-JKMN</span></div>
<button type="submit" class="button primary">ตรวจสอบ</button>
</form>
</main>
</body>
</html>`,
);

/** The form to type a code into, and the answer for a code that names no document. */
export const renderVerifyLookup = (code: string, notFound: boolean): string =>
  lookup({ code, notFound });
