import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/auth/actor';
import { bangkokMidnight, bangkokMidnightAfter } from '../common/thai/bangkok-time';
import { thaiNumeral, toThaiDigits } from '../common/thai/thai-format';
import { thaiWords } from '../common/thai/thai-words';
import { SECRET_DOCUMENT_TITLE, seesOfficeWork } from '../memo/memo-access';
import { OrgRepository } from '../org/org.repository';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors/domain-error';
import { RegistryService } from '../registry/registry.service';
import { BlobStore } from '../storage/blob-store';
import { detectFileType, storedFileName } from '../storage/file-types';
import { ListIncomingQueryDto } from './dto/incoming.dto';
import type { IncomingLetter } from './incoming-letter.entity';
import { IncomingLetters } from './incoming-letters';
import { IncomingQueriesRepository } from './incoming-queries.repository';
import { IncomingRepository } from './incoming.repository';
import { toLetterRow, toLetterView } from './incoming.views';
import { ReceiptStamper } from './stamp/receipt-stamper';

const MAX_WORDS = 8;

/** A letter as a list shows it; `masked` when it is secret and the viewer is off its path. */
export type MaskedLetter = IncomingLetter & { masked: boolean };

/** Reading incoming letters: one letter, lists and searches, the inbox's share, the stamped copy. */
@Injectable()
export class IncomingQueries {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly queries: IncomingQueriesRepository,
    private readonly letters: IncomingLetters,
    private readonly org: OrgRepository,
    private readonly access: AccessService,
    private readonly blobs: BlobStore,
    private readonly stamper: ReceiptStamper,
    private readonly registry: RegistryService,
    private readonly clock: Clock,
  ) {}

  /** The receive number the next letter would get this year, in Thai digits; nothing is taken. */
  async nextReceiveNumber(actor: Actor): Promise<string> {
    return thaiNumeral(
      await this.registry.peekNextNumber(actor.orgId, 'incoming', this.clock.now()),
    );
  }

  /** One of the letter's files, for those on its path (404 for anyone else, as the letter). */
  async file(actor: Actor, id: number, fileId: number) {
    await this.letters.load(actor, id);
    const file = await this.repo.findFile(actor.orgId, id, fileId);
    if (!file) throw notFound();
    const bytes = await this.blobs.get(file.sha256);
    const type = detectFileType(bytes, file.fileName);
    if (!type) throw notFound();
    return { fileName: storedFileName(file.fileName, type), mimeType: type.contentType, bytes };
  }

  async get(actor: Actor, id: number) {
    const letter = await this.letters.load(actor, id);
    const [files, path, assignments] = await Promise.all([
      this.repo.files(actor.orgId, id),
      this.repo.endorsements(actor.orgId, id),
      this.repo.assignments(actor.orgId, id),
    ]);
    const groups = await this.repo.groups(
      actor.orgId,
      assignments.map((a) => a.groupId),
    );
    const userIds = [
      letter.receivedByUserId,
      letter.waitingOnUserId,
      ...path.flatMap((e) => [e.byUserId, e.forwardToUserId]),
      ...assignments.map((a) => a.assigneeUserId),
      ...groups.map((g) => g.headUserId),
    ].filter((u) => u !== null);
    const users = await this.org.findUsersByIds(actor.orgId, [...new Set(userIds)]);
    return toLetterView({
      letter,
      users: new Map(users.map((u) => [u.id, u])),
      groups: new Map(groups.map((g) => [g.id, g])),
      files,
      path,
      assignments,
    });
  }

  /** GET /api/incoming: what the actor may see, newest first; secret ones masked. */
  async list(actor: Actor, q: ListIncomingQueryDto) {
    const filter = {
      words: q.q ? [...new Set(thaiWords(q.q))].slice(0, MAX_WORDS) : [],
      number: q.number ? toThaiDigits(q.number.trim()) : undefined,
      agency: q.agency?.trim() || undefined,
      from: q.from ? bangkokMidnight(q.from) : undefined,
      to: q.to ? bangkokMidnightAfter(q.to) : undefined,
    };
    const viewer = { userId: actor.userId, seesOfficeWork: seesOfficeWork(actor) };
    const skip = (q.page - 1) * q.pageSize;
    const [rows, total] = await this.queries.list(actor.orgId, viewer, filter, skip, q.pageSize);
    const items = (await this.masked(actor, rows)).map((l) => ({
      ...toLetterRow(l),
      masked: l.masked,
    }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Secret letters the actor may not read keep their receive number and date only. */
  async masked(actor: Actor, letters: IncomingLetter[]): Promise<MaskedLetter[]> {
    const refs = letters.map((l) => ({
      ...l,
      documentType: 'incoming',
      documentId: l.id,
      masked: false,
    }));
    const visible = await this.access.hideSecrets(actor, refs, (l) => ({
      ...l,
      masked: true,
      subject: SECRET_DOCUMENT_TITLE,
      fromAgency: '',
      theirNumber: '',
      theirDate: '',
      toLine: '',
    }));
    return visible.map(({ documentType: _t, documentId: _d, ...l }) => l);
  }

  /** The inbox's incoming items: letters waiting on the actor, urgent first, then oldest. */
  async inboxItems(actor: Actor) {
    const rows = await this.queries.inbox(actor.orgId, actor.userId);
    return rows.map((r) => ({
      ...toLetterRow(r.letter),
      task: r.task,
      groupId: r.groupId,
      urgencyRank: r.letter.urgencyRank,
      waitingSince: r.waitingSince,
      submittedAt: r.waitingSince,
    }));
  }

  /** The letter with the receipt stamp on its first page (or a cover page when it has no PDF). */
  async stamped(actor: Actor, id: number): Promise<Buffer> {
    const letter = await this.letters.load(actor, id);
    const [files, office] = await Promise.all([
      this.repo.files(actor.orgId, id),
      this.org.findOrganization(actor.orgId),
    ]);
    const pdf = files.find((f) => f.mimeType === 'application/pdf');
    return this.stamper.stamp(pdf ? await this.blobs.get(pdf.sha256) : null, {
      officeName: office?.name ?? '',
      receiveNumber: thaiNumeral(letter.receiveNumber),
      receivedAt: letter.receivedAt,
      // Printed only on the cover page of a letter without a readable PDF.
      fromAgency: letter.fromAgency,
      theirNumber: letter.theirNumber,
      theirDate: bangkokMidnight(letter.theirDate),
      subject: letter.subject,
    });
  }
}
