// Server-side form errors tied to their fields (WCAG 3.3.1, 1.3.1): each message has the id of
// the field it belongs to, so the field can say it is invalid and point to its own message, and
// the summary at the top can link to it.
import Handlebars from 'handlebars';
import { thaiCount } from '../format';
import { views } from './engine';

export interface FieldError {
  /** The id of the field the message belongs to; "" for a message about the whole form. */
  field: string;
  message: string;
}

/** What a page with a form passes to the `formErrors` partial and the field helpers. */
export interface FormErrorsModel {
  formErrors: FieldError[];
  /** The first message of each field, by the field's id. */
  fieldErrors: Record<string, string>;
}

export const formErrors = (errors: readonly FieldError[]): FormErrorsModel => {
  const fieldErrors: Record<string, string> = {};
  for (const e of errors)
    if (e.field && !(e.field in fieldErrors)) fieldErrors[e.field] = e.message;
  return { formErrors: [...errors], fieldErrors };
};

/** A message about the whole form, not one field. */
export const formError = (message: string): FieldError => ({ field: '', message });

const errorsOf = (options: Handlebars.HelperOptions): Record<string, string> =>
  (options.data as { root?: Partial<FormErrorsModel> }).root?.fieldErrors ?? {};

/**
 * `{{fieldAttrs "subject" "subject-hint"}}` on a field: aria-describedby with its hints, and when
 * it has an error, aria-invalid and the id of its message first.
 */
views.registerHelper('fieldAttrs', (...args: unknown[]): Handlebars.SafeString => {
  const options = args.pop() as Handlebars.HelperOptions;
  const [id, ...hints] = args.map(String);
  const invalid = id in errorsOf(options);
  const described = [...(invalid ? [`${id}-error`] : []), ...hints.filter(Boolean)];
  const esc = Handlebars.escapeExpression;
  return new Handlebars.SafeString(
    (invalid ? ' aria-invalid="true"' : '') +
      (described.length ? ` aria-describedby="${esc(described.join(' '))}"` : ''),
  );
});

/** `{{fieldError "subject"}}`: the field's own message, next to it; nothing when it has none. */
views.registerHelper('fieldError', (id: unknown, options: Handlebars.HelperOptions) => {
  const message = errorsOf(options)[String(id)];
  if (message === undefined) return '';
  const esc = Handlebars.escapeExpression;
  return new Handlebars.SafeString(
    `<span class="field-error" id="${esc(String(id))}-error">${esc(message)}</span>`,
  );
});

/** `(concat "paragraph-" n)`: an id made of parts, for the helpers above. */
views.registerHelper('concat', (...args: unknown[]): string =>
  args.slice(0, -1).map(String).join(''),
);

views.registerHelper('thaiCount', (n: unknown): string => thaiCount(Number(n)));

/**
 * The summary at the top: announced (role=alert) and focused when the page loads (autofocus,
 * and app.js for browsers that ignore it on a div), each message a link to its field.
 */
views.registerPartial(
  'formErrors',
  `{{#if @root.formErrors.length}}<div class="flash flash-error error-summary" role="alert" id="form-errors" tabindex="-1" autofocus>
<p><strong>{{#if title}}{{title}}{{else}}ยังบันทึกไม่ได้{{/if}} พบ {{thaiCount @root.formErrors.length}} รายการที่ต้องแก้ไข</strong></p>
<ul>{{#each @root.formErrors}}<li>{{#if field}}<a href="#{{field}}">{{message}}</a>{{else}}{{message}}{{/if}}</li>{{/each}}</ul></div>{{/if}}`,
);
