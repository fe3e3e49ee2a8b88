// Shared fragments of the web pages, registered once on the web Handlebars environment.
import { views } from './engine';
import './form-errors';

views.registerPartial(
  'pagination',
  `{{#if pagination.pages.length}}<nav aria-label="เลขหน้า"><ul class="pagination">
{{#if pagination.prev}}<li><a href="{{pagination.prev}}" rel="prev">‹ ก่อนหน้า</a></li>{{/if}}
{{#each pagination.pages}}<li>{{#if current}}<span aria-current="page">{{label}}</span>{{else}}<a href="{{href}}">{{label}}</a>{{/if}}</li>{{/each}}
{{#if pagination.next}}<li><a href="{{pagination.next}}" rel="next">ถัดไป ›</a></li>{{/if}}
</ul></nav>{{/if}}
<p class="muted small">{{pagination.summary}}</p>`,
);

views.registerPartial(
  'memoBadges',
  `{{#if urgencyLabel}}<span class="{{urgencyClass}}">{{urgencyLabel}}</span>{{/if}}{{#if secrecyLabel}} <span class="{{secrecyClass}}">{{secrecyLabel}}</span>{{/if}}`,
);

views.registerPartial(
  'tabs',
  `<nav aria-label="กล่องหนังสือ"><ul class="tabs">
{{#each tabs}}<li><a href="{{href}}"{{#if current}} aria-current="page"{{/if}}>{{label}}</a></li>{{/each}}
</ul></nav>`,
);
