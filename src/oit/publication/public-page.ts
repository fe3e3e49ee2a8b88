// The public OIT page. Handlebars escapes every {{value}}; the page has no inline script or
// style, so it works under the strict CSP (style-src 'self': the stylesheet is its own route).
import Handlebars from 'handlebars';
import { bangkokMidnight } from '../../common/thai/bangkok-time';
import { formatThaiDate, toThaiDigits } from '../../common/thai/thai-format';
import { isWebUrl, PublicEvidence, PublicItem, PublicView } from './public-view';

export const STYLESHEET_PATH = '/oit-assets/oit.css';

const TEMPLATE = `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข้อมูลสาธารณะ OIT {{org.name}} ปีงบประมาณ พ.ศ. {{yearTh}}</title>
<link rel="stylesheet" href="{{stylesheet}}">
</head>
<body>
<header>
<h1>การเปิดเผยข้อมูลสาธารณะ (OIT)</h1>
<p class="org">{{org.name}}</p>
<p>ปีงบประมาณ พ.ศ. {{yearTh}}{{#if carried}} (ใช้รายการตัวชี้วัดของปี {{catalogYearTh}}){{/if}}</p>
{{#if submittedTh}}<p class="submitted">ส่งข้อมูลเพื่อการประเมินเมื่อ {{submittedTh}} — แสดงตามที่ส่ง</p>{{/if}}
<p class="exports"><a href="{{csvHref}}">ดาวน์โหลดตาราง (CSV)</a> <a href="{{jsonHref}}">ดาวน์โหลดข้อมูล (JSON)</a></p>
<p class="summary">มีหลักฐานครบ {{summary.completeTh}} จาก {{summary.totalTh}} ข้อ{{#if summary.missing.length}} · ยังไม่มีข้อมูล {{summary.missingTh}} ข้อ: {{#each summary.missing}}<a href="#{{this}}">{{this}}</a>{{#unless @last}}, {{/unless}}{{/each}}{{/if}}</p>
</header>
<main>
{{#each groups}}
<section>
<h2>ตัวชี้วัดย่อย {{subindicator}} {{name}}</h2>
<table>
<thead><tr><th scope="col">ข้อ</th><th scope="col">รายการ</th><th scope="col">หลักฐาน</th></tr></thead>
<tbody>
{{#each items}}
<tr class="{{status}}" id="{{code}}">
<th scope="row">{{code}}</th>
<td>{{name}}<span class="state">{{stateTh}}</span></td>
<td>{{#if evidence.length}}<ul>{{#each evidence}}<li>{{#if href}}<a href="{{href}}" rel="noopener noreferrer">{{title}}</a>{{else}}{{title}}{{/if}}{{#if number}} <span class="number">ที่ {{number}}</span>{{/if}}{{#if dateTh}} <span class="date">ลงวันที่ {{dateTh}}</span>{{/if}}{{#if attachments.length}}<ul class="attachments">{{#each attachments}}<li>สิ่งที่แนบ {{#if href}}<a href="{{href}}" rel="noopener noreferrer">{{fileName}}</a>{{else}}{{fileName}}{{/if}}</li>{{/each}}</ul>{{/if}}</li>{{/each}}</ul>{{else}}<span class="none">ยังไม่มีข้อมูล</span>{{/if}}</td>
</tr>
{{/each}}
</tbody>
</table>
</section>
{{/each}}
</main>
</body>
</html>
`;

export const STYLESHEET = `@font-face{font-family:"Sarabun";font-weight:400;font-display:swap;src:url("/assets/fonts/sarabun-thai-400-normal.woff2") format("woff2")}
@font-face{font-family:"Sarabun";font-weight:700;font-display:swap;src:url("/assets/fonts/sarabun-thai-700-normal.woff2") format("woff2")}
body{font-family:"Sarabun","TH Sarabun New",Tahoma,sans-serif;font-size:1rem;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;line-height:1.6}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem}
.org{font-size:1.2rem;font-weight:bold}.submitted{color:#0a6634}
.exports a{display:inline-block;min-height:44px;line-height:44px;margin-right:1rem}
.summary{padding:.5rem .75rem;border-left:4px solid #555;background:#f5f5f5}
table{border-collapse:collapse;width:100%;table-layout:fixed}
thead th:nth-child(1){width:4rem}thead th:nth-child(2){width:45%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#f2f2f2}tbody th{white-space:nowrap}ul{margin:0;padding-left:1.2rem}
.state{display:block;font-size:.9rem;color:#444}.complete .state{color:#0a6634}.none,.missing .state,.proposed .state{color:#b00}
.date,.number{color:#444;white-space:nowrap}.attachments{list-style:square}
@media (max-width:40rem){table,thead,tbody,tr,th,td{display:block;width:auto!important}thead{position:absolute;left:-9999px}
tr{border:1px solid #ccc;margin-bottom:.75rem}th,td{border:0}tbody th{font-size:1.1rem}}
@media print{body{max-width:none;padding:0;font-size:11pt}.exports{display:none}a{color:inherit;text-decoration:none}
thead{display:table-header-group}tr{break-inside:avoid}h2{break-after:avoid}.summary{border:1px solid #555}}
`;

interface PageLink {
  fileName: string;
  href: string | null;
}

interface PageEvidence {
  title: string;
  number: string;
  href: string | null;
  dateTh: string;
  attachments: PageLink[];
}

const pageEvidence = (e: PublicEvidence): PageEvidence => ({
  title: e.title,
  number: e.number,
  href: isWebUrl(e.url) ? e.url : null,
  dateTh: e.date ? formatThaiDate(bangkokMidnight(e.date)) : '',
  attachments: (e.attachments ?? []).map((a) => ({
    fileName: a.fileName,
    href: isWebUrl(a.url) ? a.url : null,
  })),
});

interface PageItem {
  code: string;
  name: string;
  status: string;
  stateTh: string;
  evidence: PageEvidence[];
}

interface PageGroup {
  subindicator: string;
  name: string;
  items: PageItem[];
}

/** What the template reads; every string in it is escaped by {{ }}. */
interface PageModel {
  org: { code: string; name: string };
  yearTh: string;
  carried: boolean;
  catalogYearTh: string;
  submittedTh: string;
  stylesheet: string;
  csvHref: string;
  jsonHref: string;
  groups: PageGroup[];
  summary: { completeTh: string; totalTh: string; missingTh: string; missing: string[] };
}

/** Proposals are internal: to the public an item without confirmed evidence is missing. */
const publicStatus = (item: PublicItem): string =>
  item.evidence.length === 0 ? 'missing' : item.status;

const STATE_TH: Record<string, string> = { complete: 'ครบถ้วน', partial: 'มีบางส่วน ยังไม่ครบ' };

function summaryOf(view: PublicView): PageModel['summary'] {
  const missing = view.items.filter((i) => i.evidence.length === 0).map((i) => i.code);
  const complete = view.items.filter((i) => publicStatus(i) === 'complete').length;
  return {
    completeTh: toThaiDigits(String(complete)),
    totalTh: toThaiDigits(String(view.items.length)),
    missingTh: toThaiDigits(String(missing.length)),
    missing,
  };
}

const page = Handlebars.create().compile<PageModel>(TEMPLATE, { strict: false });

function groupsOf(view: PublicView): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const item of view.items) {
    const group = groups.get(item.subindicator) ?? {
      subindicator: item.subindicator,
      name: item.subindicatorName,
      items: [],
    };
    group.items.push({
      code: item.code,
      name: item.name,
      status: publicStatus(item),
      stateTh: STATE_TH[publicStatus(item)] ?? '',
      evidence: item.evidence.map(pageEvidence),
    });
    groups.set(item.subindicator, group);
  }
  return [...groups.values()];
}

export function renderPublicPage(view: PublicView, hrefs: { csv: string; json: string }): string {
  return page({
    org: view.org,
    yearTh: toThaiDigits(String(view.fiscalYear)),
    carried: view.catalogYear !== view.fiscalYear,
    catalogYearTh: toThaiDigits(String(view.catalogYear)),
    submittedTh: view.submittedAt ? formatThaiDate(new Date(view.submittedAt)) : '',
    stylesheet: STYLESHEET_PATH,
    csvHref: hrefs.csv,
    jsonHref: hrefs.json,
    groups: groupsOf(view),
    summary: summaryOf(view),
  });
}
