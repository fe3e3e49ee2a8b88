import { DynamicModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { AppConfig } from '../config/app-config';

/** An uploaded file as multer hands it over: held in memory, then hashed into the blob store. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The form fields (and parts, when bounded) an upload form may carry beside its one file. */
export interface UploadForm {
  fields: number;
  parts?: number;
}

/** A memo attachment, from the API or the web page (whose form adds its CSRF token). */
export const ATTACHMENT_FORM: UploadForm = { fields: 5, parts: 6 };

/** The receipt form of an incoming letter: the file, its fields, and a web page's CSRF token. */
export const INCOMING_FORM: UploadForm = { fields: 10, parts: 11 };

/** The office's Garuda: the file alone, and a web page's CSRF token. */
export const EMBLEM_FORM: UploadForm = { fields: 2, parts: 3 };

/** OIT file evidence: the file with its title, date and the item it documents. */
export const EVIDENCE_FORM: UploadForm = { fields: 10 };

/** Uploads for a module's routes: in memory up to MAX_UPLOAD_BYTES, one file per request. */
export const uploadModule = (form: UploadForm): DynamicModule =>
  MulterModule.registerAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      storage: memoryStorage(),
      // Browsers send UTF-8 file names; busboy's default (latin1) would garble Thai.
      defParamCharset: 'utf8',
      limits: { fileSize: config.get('MAX_UPLOAD_BYTES'), files: 1, ...form },
    }),
  });
