import { describe, expect, it } from 'vitest';
import { directivesOf, POLICY } from '../../test/fixtures/contentSecurityPolicy';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './csp';

describe('the Content-Security-Policy', () => {
  it('is the whole policy, directive by directive, as a header', () => {
    expect(directivesOf(CONTENT_SECURITY_POLICY)).toEqual(POLICY);
  });

  it('is the same in the web build’s <meta> tag, but for frame-ancestors, which a <meta> tag cannot carry', () => {
    const { 'frame-ancestors': _, ...inMeta } = POLICY;
    expect(directivesOf(CONTENT_SECURITY_POLICY_META)).toEqual(inMeta);
  });
});
