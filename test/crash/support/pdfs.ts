// The sealed PDFs as the author downloads them: the stored bytes, printing the signer of record.
import { createHash } from 'node:crypto';
import { pdfText, squash } from '../../render/support/pdf-tools';
import type { Api } from './api';
import type { Census } from './census';

export interface PdfCheck {
  downloaded: number;
  /** Downloads of memos sealed before the download: their bytes must hash to the seal's sha256. */
  hashChecked: number;
  hashMatches: number;
  printsNameAtApproval: number;
  printsRenamed: number;
  errors: string[];
}

export interface DirectorNames {
  /** Full name as printed when the memos were approved, e.g. นายอนันต์ ศรีวงศ์. */
  atApproval: string;
  /** The last name given after the crash. */
  renamedLastName: string;
}

/**
 * Downloads every committed memo's PDF. Run after the census: a download of an unsealed memo
 * seals it late, which is what a reader would get, but must not count as sealed in time.
 */
export async function checkPdfs(
  api: Api,
  authorToken: string,
  census: Census,
  names: DirectorNames,
): Promise<PdfCheck> {
  const check: PdfCheck = {
    downloaded: 0,
    hashChecked: 0,
    hashMatches: 0,
    printsNameAtApproval: 0,
    printsRenamed: 0,
    errors: [],
  };
  for (const id of census.committed) {
    const bytes = await api.pdf(authorToken, id).catch((e: unknown) => {
      check.errors.push(String(e));
      return undefined;
    });
    if (bytes) tally(check, bytes, census.sealed.get(id), names);
  }
  return check;
}

function tally(check: PdfCheck, bytes: Buffer, sha256: string | undefined, names: DirectorNames) {
  check.downloaded++;
  if (sha256 !== undefined) {
    check.hashChecked++;
    if (createHash('sha256').update(bytes).digest('hex') === sha256) check.hashMatches++;
  }
  // Thai lines wrap anywhere and pdftotext spaces columns: compare without white space.
  const text = squash(pdfText(bytes));
  if (text.includes(squash(names.atApproval))) check.printsNameAtApproval++;
  if (text.includes(squash(names.renamedLastName))) check.printsRenamed++;
}
