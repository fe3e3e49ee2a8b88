import { isIP } from 'node:net';
import {
  ValidatorConstraint,
  ValidatorConstraintInterface,
  ValidationArguments,
} from 'class-validator';

/** express's `trust proxy`: off, a hop count, or the proxies' addresses, subnets and names. */
export type TrustProxy = false | number | string[];

/** The names proxy-addr (express) knows for groups of addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 32;

const isPrefix = (value: string, version: number): boolean =>
  /^\d{1,3}$/.test(value) && Number(value) <= (version === 4 ? 32 : 128);

/** An address, `address/prefix` or (IPv4) `address/netmask`, as proxy-addr accepts them. */
function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, range, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  return isPrefix(range, version) || (version === 4 && isIP(range) === 4);
}

/**
 * Reads TRUST_PROXY. `true` is refused: trusting every hop lets any client choose its own address
 * with X-Forwarded-For, which the audit trail and the sign-in limits would then believe.
 */
export function parseTrustProxy(raw: string): TrustProxy | Error {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    return new Error('true trusts any client; give the hop count or the proxy addresses');
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_HOPS ? hops : new Error(`a hop count of at most ${MAX_HOPS}`);
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isAddressOrSubnet(e));
  if (bad.length > 0) return new Error(`not an address, subnet or name: ${bad.join(', ')}`);
  return entries;
}

@ValidatorConstraint({ name: 'trustProxy' })
export class TrustProxyConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && !(parseTrustProxy(value) instanceof Error);
  }

  defaultMessage(args: ValidationArguments): string {
    const parsed = typeof args.value === 'string' ? parseTrustProxy(args.value) : undefined;
    const why = parsed instanceof Error ? ` (${parsed.message})` : '';
    return (
      'TRUST_PROXY must be false, a hop count (1), or comma-separated proxy addresses, ' +
      `subnets or loopback/linklocal/uniquelocal${why}`
    );
  }
}
