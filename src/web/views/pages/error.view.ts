import { compileView } from '../engine';
import type { PageBase } from '../../web-pages';

export interface ErrorModel {
  statusText: string;
  heading: string;
  message: string;
  details: string[];
  requestId: string;
  back: string;
}

export const errorView = compileView<ErrorModel & PageBase>(`
<div class="error-page">
<p class="error-status">{{statusText}}</p>
<h1>{{heading}}</h1>
<p>{{message}}</p>
{{#if details.length}}<ul class="error-details">{{#each details}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p class="actions"><a class="button primary" href="{{back}}">กลับหน้าหลัก</a></p>
{{#if requestId}}<p class="muted small">รหัสอ้างอิงสำหรับผู้ดูแลระบบ: <code>{{requestId}}</code></p>{{/if}}
</div>
`);
