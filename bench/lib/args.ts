/** `--name=value` flags with numeric defaults. */
export function numberFlag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

export const hasFlag = (name: string): boolean => process.argv.includes(`--${name}`);

/** `--name=1,2,4`: a list of positive integers. */
export function listFlag(name: string, fallback: number[]): number[] {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const values = arg.split('=')[1].split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`--${name} must be positive whole numbers separated by commas`);
  return values;
}
