// Imported first by a test file (before the app module reads its configuration): suggestions stay
// proposals, so the test decides when a link is confirmed. The previous value is kept to restore.
export const previousAutoConfirm = process.env.OIT_AUTO_CONFIRM_SCORE;
/** Above 1 no score reaches it (the setting's documented "off"). */
process.env.OIT_AUTO_CONFIRM_SCORE = '1.01';

export function restoreAutoConfirm(): void {
  if (previousAutoConfirm === undefined) delete process.env.OIT_AUTO_CONFIRM_SCORE;
  else process.env.OIT_AUTO_CONFIRM_SCORE = previousAutoConfirm;
}
