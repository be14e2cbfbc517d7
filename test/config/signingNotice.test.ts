import { describe, expect, it } from 'vitest';
import { signingNotice } from '../../scripts/signingNotice';

describe('signing notice before packaging', () => {
  it('says a Windows build is unsigned and how to sign it', () => {
    expect(signingNotice('win32', {})).toEqual([
      'Building unsigned installers: set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to sign.',
    ]);
    expect(signingNotice('win32', { WIN_CSC_LINK: '  ' })[0]).toMatch(/^Building unsigned installers/);
  });

  it('names the variable a Windows build is signed with, never its value', () => {
    const secret = 'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCCCigEggok';
    expect(signingNotice('win32', { WIN_CSC_LINK: secret, WIN_CSC_KEY_PASSWORD: 'hunter2' })).toEqual([
      'Signing the Windows installer with the certificate in WIN_CSC_LINK.',
    ]);
    expect(signingNotice('win32', { CSC_LINK: secret })).toEqual([
      'Signing the Windows installer with the certificate in CSC_LINK.',
    ]);
  });

  it('says a macOS build is unsigned and not notarized, and how to do both', () => {
    expect(signingNotice('darwin', { CSC_IDENTITY_AUTO_DISCOVERY: 'false' })).toEqual([
      'Building unsigned installers: set CSC_LINK and CSC_KEY_PASSWORD to sign.',
      'Not notarizing: set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID to notarize.',
    ]);
    expect(signingNotice('darwin', {})[0]).toBe(
      'Building unsigned installers unless a Developer ID identity is in the keychain: set CSC_LINK and CSC_KEY_PASSWORD to sign.',
    );
  });

  it('says a macOS build is signed and notarized when its variables are all set', () => {
    const env = {
      CSC_LINK: 'cert.p12',
      APPLE_ID: 'a@example.org',
      APPLE_APP_SPECIFIC_PASSWORD: 'x',
      APPLE_TEAM_ID: 'T',
    };
    expect(signingNotice('darwin', env)).toEqual([
      'Signing the macOS app with the identity in CSC_LINK.',
      'Notarizing after signing, with APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID.',
    ]);
    const apiKey = { CSC_NAME: 'Developer ID', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'i' };
    expect(signingNotice('darwin', apiKey)[1]).toBe(
      'Notarizing after signing, with APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER.',
    );
  });

  it('does not count an incomplete set of notarization variables', () => {
    expect(signingNotice('darwin', { CSC_LINK: 'cert.p12', APPLE_ID: 'a@example.org' })[1]).toMatch(/^Not notarizing/);
  });

  it('says Linux packages are not signed', () => {
    expect(signingNotice('linux', { CSC_LINK: 'cert.p12' })).toEqual([
      'Building unsigned installers: AppImage and deb packages are not code-signed.',
    ]);
  });
});
