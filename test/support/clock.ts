import { Clock } from '../../src/common/clock';

/** The real clock, moved by `offsetMs` when a test needs to be past a deadline or a period. */
export class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
