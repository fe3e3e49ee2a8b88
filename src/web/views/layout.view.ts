import { compileView } from './engine';

export interface NavLink {
  href: string;
  label: string;
  current: boolean;
  /** A count after the label ("รอท่าน ๓"), part of the link's text; "" for none. */
  badge: string;
}

export interface Flash {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface LayoutModel {
  title: string;
  body: string;
  css: string;
  js: string;
  csrf: string;
  flash?: Flash;
  user?: {
    name: string;
    position: string;
    office: string;
    roles: string;
  };
  nav?: NavLink[];
  unread?: number;
  unreadLabel?: string;
  /** Seconds until the session ends; app.js warns before then (WCAG 2.2.1). */
  sessionSeconds?: number;
}

export const layoutView = compileView<LayoutModel>(`<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} — สารบรรณอิเล็กทรอนิกส์</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{css}}">
<script src="{{js}}" defer></script>
</head>
<body{{#if user}} data-session-seconds="{{sessionSeconds}}"{{/if}}>
<a class="skip" href="#main">ข้ามไปยังเนื้อหา</a>
{{#if user}}
<header class="top">
<div class="bar">
<a class="brand" href="/home"><span class="brand-name">สารบรรณ</span><span class="brand-org">{{user.office}}</span></a>
<a class="bell" href="/notifications">
<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"/></svg>
<span class="visually-hidden">การแจ้งเตือน</span>{{#if unread}}<span class="count">{{unreadLabel}}</span><span class="visually-hidden"> รายการที่ยังไม่ได้อ่าน</span>{{/if}}
</a>
<details class="account">
<summary><span class="account-name">{{user.name}}</span><span class="visually-hidden"> เมนูบัญชีผู้ใช้ และออกจากระบบ</span><svg class="account-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18"><path fill="currentColor" d="M7 10l5 5 5-5z"/></svg></summary>
<div class="account-panel">
<p class="account-position">{{user.position}}</p>
<p class="account-roles">{{user.roles}}</p>
<p><a href="/line">การแจ้งเตือนทาง LINE</a></p>
<form method="post" action="/signout">{{> csrf}}<button type="submit" class="button secondary">ออกจากระบบ</button></form>
</div>
</details>
</div>
<nav class="main-nav" aria-label="เมนูหลัก">
<ul>
{{#each nav}}<li><a href="{{href}}"{{#if current}} aria-current="page"{{/if}}>{{label}}{{#if badge}} <span class="nav-count">{{badge}}</span>{{/if}}</a></li>
{{/each}}
</ul>
</nav>
</header>
{{else}}
<header class="top"><div class="bar"><span class="brand"><span class="brand-name">สารบรรณอิเล็กทรอนิกส์</span><span class="brand-org">ระบบหนังสือราชการภายใน</span></span></div></header>
{{/if}}
<main id="main" tabindex="-1">
{{#if flash}}<div class="flash flash-{{flash.kind}}" role="{{#if (eq flash.kind 'error')}}alert{{else}}status{{/if}}">{{flash.text}}</div>{{/if}}
{{{body}}}
</main>
<footer class="site-footer"><p>ระบบสารบรรณอิเล็กทรอนิกส์</p></footer>
</body>
</html>
`);
