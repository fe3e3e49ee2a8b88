// An uploaded SVG is printed in the sandboxed renderer and shown on the admin page: it must be
// a drawing only. The renderer already blocks every request and runs no script; these rules keep
// an SVG opened on its own in a browser from doing anything either. Deliberately strict: a
// Garuda needs none of what is refused, and an SVG exporter that adds it can export a PNG.

/** Anything that could run code or fetch something: refused wherever it appears. */
const FORBIDDEN: readonly RegExp[] = [
  /<\s*script/i,
  /<\s*foreignObject/i,
  /<\s*(?:iframe|embed|object|audio|video|handler|listener)\b/i,
  // Event handlers (onload=, onclick=, …), in any element.
  /[\s"'/]on[a-z]+\s*=/i,
  /javascript\s*:/i,
  // Entity definitions expand beyond their size (and can name external files).
  /<!ENTITY/i,
  /@import/i,
  // Animation could set an href after the checks below.
  /attributeName\s*=\s*["']\s*(?:xlink:)?href/i,
];

/** Only a fragment of this document, or an embedded raster image, may be referred to. */
const SAFE_REFERENCE = /^(?:#[\w.:-]*|data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*)$/;

/** Why an SVG is refused, or null when it is a plain drawing. */
export function svgProblem(svg: string): string | null {
  const forbidden = FORBIDDEN.find((rule) => rule.test(svg));
  if (forbidden) return `contains ${forbidden.source}`;
  // Every href (href=, xlink:href=) must be quoted and point inside the file.
  for (const match of svg.matchAll(/\bhref\s*=\s*(?:(["'])([\s\S]*?)\1)?/gi)) {
    if (match[1] === undefined || !SAFE_REFERENCE.test(match[2].trim())) {
      return `refers to ${(match[2] ?? '?').slice(0, 60)}`;
    }
  }
  // CSS url(): fragments only (gradients, clip paths).
  for (const match of svg.matchAll(/url\s*\(\s*(["']?)([^)"']*)\1\s*\)/gi)) {
    if (!match[2].trim().startsWith('#')) return `refers to url(${match[2].slice(0, 60)})`;
  }
  return null;
}
