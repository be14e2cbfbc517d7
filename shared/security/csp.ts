/**
 * The Content-Security-Policy of the renderer: only the app's own scripts
 * (and WebAssembly, which the card reader's OCR runs), styles and fonts; images also from blob: and data: URLs (attachments and
 * thumbnails made in the page); no plugins, frames or form posts anywhere.
 * The desktop app sends it as a header; the web build also carries it in a
 * <meta> tag, where frame-ancestors is not allowed.
 */
const directives: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // WebAssembly compiled in the business-card reader's worker (tesseract.js): no eval of JavaScript.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
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
