// The public OIT page. Handlebars escapes every {{value}}; the page has no inline script or
// style, so it works under the strict CSP (style-src 'self': the stylesheet is its own route).
import Handlebars from 'handlebars';
import { bangkokMidnight } from '../../common/thai/bangkok-time';
import { formatThaiDate, toThaiDigits } from '../../common/thai/thai-format';
import { isWebUrl, PublicEvidence, PublicView } from './public-view';

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
<p class="exports"><a href="{{csvHref}}">ดาวน์โหลด CSV</a> · <a href="{{jsonHref}}">ดาวน์โหลด JSON</a></p>
</header>
<main>
{{#each groups}}
<section>
<h2>ตัวชี้วัดย่อย {{subindicator}} {{name}}</h2>
<table>
<thead><tr><th scope="col">ข้อ</th><th scope="col">รายการ</th><th scope="col">หลักฐาน</th></tr></thead>
<tbody>
{{#each items}}
<tr class="{{status}}">
<th scope="row">{{code}}</th>
<td>{{name}}</td>
<td>{{#if evidence.length}}<ul>{{#each evidence}}<li>{{#if href}}<a href="{{href}}" rel="noopener noreferrer">{{title}}</a>{{else}}{{title}}{{/if}}{{#if dateTh}} <span class="date">({{dateTh}})</span>{{/if}}{{#if attachments.length}}<ul class="attachments">{{#each attachments}}<li>สิ่งที่แนบ {{#if href}}<a href="{{href}}" rel="noopener noreferrer">{{fileName}}</a>{{else}}{{fileName}}{{/if}}</li>{{/each}}</ul>{{/if}}</li>{{/each}}</ul>{{else}}<span class="none">ยังไม่มีข้อมูล</span>{{/if}}</td>
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

export const STYLESHEET = `body{font-family:"Sarabun","TH Sarabun New",Tahoma,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem}
.org{font-size:1.2rem;font-weight:bold}.submitted{color:#0b5}.exports a{margin-right:.5rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
thead th:nth-child(1){width:4rem}thead th:nth-child(2){width:45%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
thead th{background:#f2f2f2}tbody th{white-space:nowrap}ul{margin:0;padding-left:1.2rem}
.none{color:#b00}.date{color:#555}.attachments{list-style:square}
`;

interface PageLink {
  fileName: string;
  href: string | null;
}

interface PageEvidence {
  title: string;
  href: string | null;
  dateTh: string;
  attachments: PageLink[];
}

const pageEvidence = (e: PublicEvidence): PageEvidence => ({
  title: e.title,
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
      status: item.status,
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
  });
}
