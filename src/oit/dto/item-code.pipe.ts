import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { ITEM_CODE } from '../catalog/catalog-format';

/** `:code` route parameters: an item code like O1, else 400. */
@Injectable()
export class ParseItemCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ITEM_CODE.test(value ?? '')) {
      throw new DomainError('VALIDATION_FAILED', [
        `code must look like O1 … O999, got "${String(value).slice(0, 20)}"`,
      ]);
    }
    return value;
  }
}
