// Imported first by a test file (before the app module reads its configuration): a small
// MAX_UPLOAD_BYTES so that oversized uploads stay small. The previous value is kept to restore.
export const SMALL_UPLOAD_LIMIT = 64 * 1024;
export const previousUploadLimit = process.env.MAX_UPLOAD_BYTES;
process.env.MAX_UPLOAD_BYTES = String(SMALL_UPLOAD_LIMIT);

export function restoreUploadLimit(): void {
  if (previousUploadLimit === undefined) delete process.env.MAX_UPLOAD_BYTES;
  else process.env.MAX_UPLOAD_BYTES = previousUploadLimit;
}
