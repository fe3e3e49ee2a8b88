import Handlebars from 'handlebars';
import { formatDateInput } from '../../common/thai/date-input';

/**
 * One Handlebars environment for the web pages, apart from the document templates. Every
 * `{{value}}` is escaped; the layout's `{{{body}}}` is the only raw output and holds a page this
 * environment rendered. Prototype access stays off (the library's default).
 */
export const views = Handlebars.create();

export type View<M> = Handlebars.TemplateDelegate<M>;

export const compileView = <M>(source: string): View<M> =>
  views.compile<M>(source, { preventIndent: true });

views.registerHelper('eq', (a: unknown, b: unknown): boolean => a === b);

/** An ISO date as a date field shows it: day first, พ.ศ. ("25/12/2569"). */
views.registerHelper('dateInput', (iso: unknown): string =>
  formatDateInput(typeof iso === 'string' ? iso : ''),
);

/**
 * A date field typed day first in พ.ศ.: a text box (a date picker would show the Gregorian
 * month-first form), its hint, and a line where app.js echoes the date in words.
 * Hash: id, name, label, value (ISO), required, time (with a time of day), hint (extra text).
 * Its error, if any, comes through the helpers of form-errors.ts.
 */
views.registerPartial(
  'dateField',
  `<div class="field"><label for="{{id}}">{{label}}</label>{{fieldError id}}
<input id="{{id}}" name="{{name}}" type="text" autocomplete="off" spellcheck="false" value="{{dateInput value}}" placeholder="{{#if time}}วว/ดด/ปปปป ชช.นน{{else}}วว/ดด/ปปปป{{/if}}"{{fieldAttrs id (concat id "-hint") (concat id "-echo")}} data-thai-date{{#if required}} required{{/if}}>
<span class="hint" id="{{id}}-hint">วัน/เดือน/ปี พ.ศ. เช่น {{#if time}}๒๕/๑๒/๒๕๖๙ ๑๐.๓๐{{else}}๒๕/๑๒/๒๕๖๙{{/if}}{{#if hint}} {{hint}}{{/if}}</span>
<output class="hint date-echo" id="{{id}}-echo" for="{{id}}" aria-live="polite"></output></div>`,
);

/** `<input type="hidden" name="_csrf">` with the page's token: every form includes it. */
views.registerPartial('csrf', '<input type="hidden" name="_csrf" value="{{@root.csrf}}">');
