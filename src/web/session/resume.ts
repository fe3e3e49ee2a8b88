// A form posted after the session ended is not lost (WCAG 2.2.1): the sign-in page carries its
// fields, and after signing in the person confirms it on /resume, with a fresh form token.
import type { CookieOptions, Request } from 'express';
import { safeNext } from '../format';

export const RESUME_COOKIE = 'saraban_resume';
export const RESUME_PATH = '/resume';
/** What a browser keeps in one cookie, with room for its name and attributes. */
const MAX_CARRY_BYTES = 2800;
const NOT_RESUMABLE = /^\/(api\/|signin|signout|resume)/;

export type CarriedFields = Record<string, string | string[]>;

export interface PendingForm {
  path: string;
  fields: CarriedFields;
}

const isFieldValue = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The fields of a posted form, without its old form token; null when any is not plain text. */
function carriedFields(body: unknown): CarriedFields | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const fields: CarriedFields = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name === '_csrf') continue;
    if (!isFieldValue(value)) return null;
    fields[name] = value;
  }
  return fields;
}

/** The form a POST carried, when it can be offered again after signing in (not an upload). */
export function pendingFormOf(req: Request): PendingForm | null {
  if (req.method !== 'POST' || !req.is('application/x-www-form-urlencoded')) return null;
  const path = safeNext(req.originalUrl);
  const fields = carriedFields(req.body);
  if (!path || NOT_RESUMABLE.test(path) || !fields) return null;
  return Buffer.byteLength(JSON.stringify(fields)) <= MAX_CARRY_BYTES ? { path, fields } : null;
}

/** The carried form as the sign-in page repeats it, and back (anything malformed: null). */
export const encodeCarry = (form: PendingForm): string =>
  Buffer.from(JSON.stringify(form), 'utf8').toString('base64url');

export function decodeCarry(text: string | undefined): PendingForm | null {
  if (!text || text.length > (MAX_CARRY_BYTES * 4) / 3 + 1200) return null;
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as PendingForm;
    const path = safeNext(parsed?.path);
    const fields = carriedFields(parsed?.fields);
    return path && !NOT_RESUMABLE.test(path) && fields ? { path, fields } : null;
  } catch {
    return null;
  }
}

export const resumeCookieOptions = (secure: boolean): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: RESUME_PATH,
  maxAge: 10 * 60 * 1000,
});

/** Hidden inputs for the form posted again: one per value. */
export const hiddenInputsOf = (fields: CarriedFields): Array<{ name: string; value: string }> =>
  Object.entries(fields).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
  );
