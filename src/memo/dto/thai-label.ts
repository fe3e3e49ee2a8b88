/** Accepts the API code or the Thai label ("ด่วนที่สุด"), and yields the code. */
export const fromThaiLabel =
  (labels: Record<string, string>, extra: Record<string, string> = {}) =>
  ({ value }: { value: unknown }): unknown => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    const byLabel = Object.entries({ ...labels, ...extra }).find(([, th]) => th === trimmed);
    return byLabel ? byLabel[0] : trimmed;
  };
