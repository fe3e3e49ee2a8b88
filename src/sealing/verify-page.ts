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
<dt>SHA-256 ของไฟล์ PDF</dt><dd><code>{{sha256}}</code></dd>
{{/unless}}
</dl>
{{#if secret}}<p>เป็นหนังสือลับ ผู้มีสิทธิ์อ่านเปิดต้นฉบับได้หลังเข้าสู่ระบบ (<a href="/verify/{{code}}/pdf">ต้นฉบับ PDF</a>)</p>
{{else if sealed}}<p><a href="/verify/{{code}}/pdf">ดาวน์โหลดต้นฉบับ PDF</a> แล้วเทียบค่า SHA-256 กับค่าข้างต้น</p>
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
