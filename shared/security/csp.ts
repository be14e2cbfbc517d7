/**
 * The Content-Security-Policy of the renderer: only the app's own scripts,
 * styles and fonts; images also from blob: and data: URLs (attachments and
 * thumbnails made in the page); no plugins, frames or form posts anywhere.
 * The desktop app sends it as a header; the web build also carries it in a
 * <meta> tag, where frame-ancestors is not allowed.
 */
const directives: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'self' blob:"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = [...directives, ['frame-ancestors', "'none'"]]
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

export const CONTENT_SECURITY_POLICY_META = directives.map(([name, value]) => `${name} ${value}`).join('; ');
