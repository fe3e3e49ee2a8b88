import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { DECIMAL_ID, MAX_ID } from '../validation/fields';

/** Route ids are positive 32-bit integers; anything else is a 400 before any query runs. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!DECIMAL_ID.test(value ?? '') || Number(value) > MAX_ID) {
      throw new DomainError('VALIDATION_FAILED', [
        `id must be a positive integer, got "${String(value).slice(0, 40)}"`,
      ]);
    }
    return Number(value);
  }
}
