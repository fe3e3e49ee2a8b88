import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { IncomingLetters } from '../incoming/incoming-letters';
import { followsLetterCirculation } from './circulation-access';
import { CirculationService } from './circulation.service';
import { letterReminderNotice } from './letter-notices';
import { letterSubject } from './subject';

/**
 * Circulation of an endorsed incoming letter: who has read it, รับทราบ, reminding. The letter is
 * loaded under its read rule first, so another office, or who may not read it, is told 404.
 */
@Injectable()
export class LetterCirculationService {
  constructor(
    private readonly letters: IncomingLetters,
    private readonly circulation: CirculationService,
  ) {}

  /** "อ่านแล้ว n / N": for the executives and the registry desk. */
  async ofLetter(actor: Actor, letterId: number) {
    await this.letters.load(actor, letterId);
    if (!followsLetterCirculation(actor)) throw new DomainError('FORBIDDEN');
    return { letterId, ...(await this.circulation.status(actor, letterSubject(letterId))) };
  }

  /** The caller's own row, if the letter was circulated to them. */
  mine(actor: Actor, letterId: number) {
    return this.circulation.mine(actor, letterId, 'incoming');
  }

  /** รับทราบ, once: a second call answers the first time. */
  async acknowledge(actor: Actor, letterId: number) {
    await this.letters.load(actor, letterId);
    const { readAt } = await this.circulation.acknowledgeRead(actor, letterSubject(letterId));
    return { letterId, state: 'read' as const, readAt };
  }

  /** Reminds who has not acknowledged; at most once an hour (else 429). */
  async remind(actor: Actor, letterId: number): Promise<{ reminded: number }> {
    const letter = await this.letters.load(actor, letterId);
    if (!followsLetterCirculation(actor)) throw new DomainError('FORBIDDEN');
    return this.circulation.remindUnread(actor, letterSubject(letterId), (id, unread, at) =>
      letterReminderNotice(letter, id, unread, at),
    );
  }
}
