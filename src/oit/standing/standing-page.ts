// The public O1 and O2 pages. Handlebars escapes every {{value}}; no inline script or style, so
// they work under the strict CSP (the stylesheet is its own route), one column on a phone.
import Handlebars from 'handlebars';
import { formatThaiDate, toThaiDigits } from '../../common/thai/thai-format';
import type { StandingCode, StandingView } from './standing-view';

export const STANDING_STYLESHEET_PATH = '/oit-assets/standing.css';

const HEAD = `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} {{org.name}} ปีงบประมาณ พ.ศ. {{yearTh}}</title>
<link rel="stylesheet" href="{{stylesheet}}">
</head>
<body>
<header>
<p class="item">การเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ {{code}} · ปีงบประมาณ พ.ศ. {{yearTh}}</p>
<h1>{{title}}</h1>
<p class="org">{{org.name}}</p>
<p class="as-of">{{#if frozen}}ข้อมูลตามที่ส่งเพื่อการประเมินเมื่อ {{asOfTh}}{{else}}ข้อมูลปัจจุบัน ณ วันที่ {{asOfTh}}{{/if}}</p>
</header>
<main>
`;

const FOOT = `</main>
<footer><p><a href="{{backHref}}">กลับไปหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)</a></p></footer>
</body>
</html>
`;

const VACANT = '<span class="vacant">ตำแหน่งว่าง</span>';

const O1 = `<h2>ผังการบังคับบัญชา</h2>
<ol class="tree">
<li><span class="role">ผู้อำนวยการ</span>{{#with director}}<span class="name">{{name}}</span> <span class="position">{{position}}</span>{{else}}${VACANT}{{/with}}
<ol>
{{#each deputies}}<li><span class="role">รองผู้อำนวยการ</span><span class="name">{{name}}</span> <span class="position">{{position}}</span>{{#if oversees.length}}<span class="role">กำกับดูแล</span><ul>{{#each oversees}}<li>{{this}}</li>{{/each}}</ul>{{/if}}</li>
{{else}}<li><span class="role">รองผู้อำนวยการ</span>${VACANT}</li>
{{/each}}
</ol>
</li>
</ol>
<h2>กลุ่มงานภายในสำนักงาน ({{groupCountTh}} กลุ่ม)</h2>
{{#each groups}}<section class="card">
<h3>{{name}}</h3>
<dl>
<dt>ผู้อำนวยการกลุ่ม</dt><dd>{{#if head}}<span class="name">{{head.name}}</span> <span class="position">{{head.position}}</span>{{else}}${VACANT}{{/if}}</dd>
<dt>รองผู้อำนวยการที่กำกับดูแล</dt><dd>{{#if deputy}}{{deputy.name}}{{else}}ไม่ได้ระบุ{{/if}}</dd>
{{#if phone}}<dt>โทรศัพท์</dt><dd>{{phone}}</dd>{{/if}}
</dl>
</section>
{{else}}<p class="vacant">ยังไม่ได้บันทึกกลุ่มงาน</p>
{{/each}}`;

const CONTACT = `<dl>
<dt>ตำแหน่ง</dt><dd>{{position}}</dd>
<dt>โทรศัพท์ (สำนักงาน)</dt><dd>{{#if @root.org.phone}}{{@root.org.phone}}{{else}}-{{/if}}</dd>
<dt>อีเมล</dt><dd>{{#if email}}<a href="mailto:{{email}}">{{email}}</a>{{else}}-{{/if}}</dd>
</dl>`;

const O2 = `<h2>ผู้อำนวยการ</h2>
{{#with director}}<section class="card"><h3>{{name}}</h3>${CONTACT}</section>{{else}}<p>${VACANT}</p>{{/with}}
<h2>รองผู้อำนวยการ</h2>
{{#each deputies}}<section class="card"><h3>{{name}}</h3>${CONTACT}</section>
{{else}}<p>${VACANT}</p>
{{/each}}
{{#if org.address}}<h2>ที่อยู่สำนักงาน</h2><p>{{org.address}}</p>{{/if}}`;

export const STANDING_STYLESHEET = `body{font-family:"Sarabun","TH Sarabun New",Tahoma,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#1a1a1a;line-height:1.6}
h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:0 0 .5rem}
.item,.as-of{color:#555;margin:.25rem 0}.org{font-weight:bold;font-size:1.1rem;margin:.25rem 0}
.card{border:1px solid #ccc;border-radius:.4rem;padding:.75rem;margin:.75rem 0;break-inside:avoid}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem .75rem;margin:0}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
.tree{list-style:none;padding:0}.tree ol{list-style:none;padding-left:1rem;border-left:2px solid #ccc}.tree li{margin:.5rem 0}
.role{display:block;color:#555;font-size:.9rem}.name{font-weight:bold}.position{display:block}.vacant{color:#b00}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}}
@media print{a{color:inherit;text-decoration:none}footer{display:none}.card{border-color:#999}}
`;

const hbs = Handlebars.create();
const PAGES: Record<StandingCode, { title: string; render: Handlebars.TemplateDelegate }> = {
  O1: { title: 'โครงสร้างหน่วยงาน', render: hbs.compile(HEAD + O1 + FOOT, { strict: false }) },
  O2: { title: 'ข้อมูลผู้บริหาร', render: hbs.compile(HEAD + O2 + FOOT, { strict: false }) },
};

export interface StandingPageContext {
  code: StandingCode;
  fiscalYear: number;
  frozen: boolean;
  backHref: string;
}

export function renderStandingPage(view: StandingView, ctx: StandingPageContext): string {
  const page = PAGES[ctx.code];
  return page.render({
    ...view,
    code: ctx.code,
    title: page.title,
    frozen: ctx.frozen,
    yearTh: toThaiDigits(String(ctx.fiscalYear)),
    asOfTh: formatThaiDate(new Date(view.asOf)),
    groupCountTh: toThaiDigits(String(view.groups.length)),
    stylesheet: STANDING_STYLESHEET_PATH,
    backHref: ctx.backHref,
  });
}
