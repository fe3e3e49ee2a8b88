import {
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

/** Blank counts as unset, so an env file may list S3_* empty while STORAGE=local. */
export const isSet = (_env: object, value: unknown): boolean => value !== undefined && value !== '';

const S3_REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
const missingForS3 = (env: object): string[] =>
  S3_REQUIRED.filter((key) => !isSet(env, (env as Record<string, unknown>)[key]));

/** STORAGE=s3 needs where and how to reach the bucket: one message naming what is missing. */
@ValidatorConstraint({ name: 's3Settings' })
export class S3SettingsConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return value !== 's3' || missingForS3(args.object).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    return `STORAGE=s3 needs ${missingForS3(args.object).join(', ')} (ต้องตั้งค่าที่เก็บไฟล์ S3)`;
  }
}
