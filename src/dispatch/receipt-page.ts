import Handlebars from 'handlebars';

// Handlebars escapes every {{value}}; nothing user-written is inserted raw.
const template = Handlebars.compile<ReceiptPageModel>(
  `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{title}}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="verify receipt">
<main>
<h1>{{title}}</h1>
{{#if message}}<p class="receipt-message">{{message}}</p>{{/if}}
{{#if english}}<p lang="en">{{english}}</p>{{/if}}
{{#if document}}<dl>
<dt>จาก</dt><dd>{{document.office}}</dd>
<dt>ถึง</dt><dd>{{document.recipient}}</dd>
<dt>ที่</dt><dd>{{document.number}}</dd>
<dt>เรื่อง</dt><dd>{{document.subject}}</dd>
{{#if document.receivedAt}}<dt>รับเมื่อ</dt><dd>{{document.receivedAt}}</dd>{{/if}}
</dl>{{/if}}
{{#if confirmable}}<form method="post">
<button type="submit" class="primary">ยืนยันการรับหนังสือ</button>
</form>{{/if}}
</main>
</body>
</html>`,
);

export interface ReceiptPageModel {
  title: string;
  message?: string;
  english?: string;
  document?: {
    office: string;
    recipient: string;
    number: string;
    subject: string;
    receivedAt?: string;
  };
  /** Shows the button that POSTs the confirmation. */
  confirmable: boolean;
}

export interface ReceiptPage {
  status: number;
  html: string;
}

export const receiptPage = (status: number, model: ReceiptPageModel): ReceiptPage => ({
  status,
  html: template(model),
});

export const RECEIPT_NOT_FOUND = receiptPage(404, {
  title: 'ไม่พบลิงก์ยืนยันการรับหนังสือ',
  message: 'ลิงก์นี้ไม่ถูกต้อง หรือถูกแทนด้วยลิงก์ใหม่ที่ส่งไปภายหลัง กรุณาใช้ลิงก์ในอีเมลฉบับล่าสุด',
  english: 'This receipt link is unknown or was replaced by a newer one; use the latest e-mail.',
  confirmable: false,
});
