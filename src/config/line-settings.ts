import {
  IsString,
  IsUrl,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isSet } from './s3-settings';
import { ScaleOutSettings } from './scale-out-settings';

const LINE_PAIR = ['LINE_CHANNEL_ACCESS_TOKEN', 'LINE_CHANNEL_SECRET'];
const missingForLine = (env: object): string[] => {
  const set = LINE_PAIR.filter((key) => isSet(env, (env as Record<string, unknown>)[key]));
  return set.length === 0 ? [] : LINE_PAIR.filter((key) => !set.includes(key));
};

/** The token sends, the secret checks the webhook: one without the other is a mistake. */
@ValidatorConstraint({ name: 'lineSettings' })
export class LineSettingsConstraint implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return missingForLine(args.object).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    return `LINE needs ${missingForLine(args.object).join(', ')} as well (ต้องตั้งค่า LINE ให้ครบ)`;
  }
}

/**
 * The office's LINE Official Account (Messaging API channel), optional: with both the channel
 * access token and the channel secret set, notices also go by LINE to people who linked an
 * account. Environment extends this class, which extends ScaleOutSettings: one validated class in
 * files of a readable length.
 */
export class LineSettings extends ScaleOutSettings {
  @ValidateIf(isSet)
  @IsString()
  LINE_CHANNEL_ACCESS_TOKEN?: string;

  @ValidateIf(isSet)
  @IsString()
  LINE_CHANNEL_SECRET?: string;

  /** The Messaging API's address; tests point it at a local server. */
  @IsUrl({ require_tld: false, require_protocol: true })
  @Validate(LineSettingsConstraint)
  LINE_API_BASE_URL = 'https://api.line.me';
}
