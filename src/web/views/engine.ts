import Handlebars from 'handlebars';

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

/** `<input type="hidden" name="_csrf">` with the page's token: every form includes it. */
views.registerPartial('csrf', '<input type="hidden" name="_csrf" value="{{@root.csrf}}">');
