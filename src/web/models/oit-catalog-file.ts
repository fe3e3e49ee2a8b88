import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { LoadCatalogDto } from '../../oit/dto/catalog.dto';
import type { UploadedFile } from '../../storage/upload';

/**
 * A catalog file as uploaded from the page (the items array of shared/oit/catalog-<year>.json,
 * or `{ "items": [...] }`), checked as the API checks its JSON body; anything else is a 400.
 */
export async function catalogFromFile(file: UploadedFile | undefined): Promise<LoadCatalogDto> {
  if (!file || file.size === 0) throw new DomainError('OIT_FILE_MISSING');
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.buffer.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('OIT_INVALID_CATALOG', ['the file is not JSON']);
  }
  const body = Array.isArray(parsed) ? { items: parsed } : parsed;
  if (typeof body !== 'object' || body === null) {
    throw new DomainError('OIT_INVALID_CATALOG', ['the file holds no list of items']);
  }
  const dto = plainToInstance(LoadCatalogDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new DomainError(
      'OIT_INVALID_CATALOG',
      errors.slice(0, 20).map((e) => e.toString()),
    );
  }
  return dto;
}
