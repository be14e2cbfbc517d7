/**
 * Says before `npm run dist` packages whether the installers will be signed:
 * electron-builder reads its certificates from the environment and, without
 * them, builds installers that Windows SmartScreen and macOS Gatekeeper warn
 * about, noting it in one line among hundreds.
 */
import { fileURLToPath } from 'node:url';

type Env = Readonly<Record<string, string | undefined>>;

/** Each set of variables with which electron-builder notarizes a macOS app. */
const NOTARY_CREDENTIALS = [
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_KEYCHAIN_PROFILE'],
];

const isSet = (env: Env, name: string) => (env[name] ?? '').trim() !== '';

/** What a build on `platform` will be, one line each, naming the variables that decide it, never their values. */
export function signingNotice(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'win32') {
    const certificate = ['WIN_CSC_LINK', 'CSC_LINK'].find((name) => isSet(env, name));
    return [
      certificate
        ? `Signing the Windows installer with the certificate in ${certificate}.`
        : 'Building unsigned installers: set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to sign.',
    ];
  }
  if (platform === 'darwin') {
    const certificate = ['CSC_LINK', 'CSC_NAME'].find((name) => isSet(env, name));
    // Without CSC_LINK or CSC_NAME electron-builder still looks for a Developer ID identity in the keychain.
    const unless =
      env.CSC_IDENTITY_AUTO_DISCOVERY === 'false' ? '' : ' unless a Developer ID identity is in the keychain';
    const notary = NOTARY_CREDENTIALS.find((names) => names.every((name) => isSet(env, name)));
    return [
      certificate
        ? `Signing the macOS app with the identity in ${certificate}.`
        : `Building unsigned installers${unless}: set CSC_LINK and CSC_KEY_PASSWORD to sign.`,
      notary
        ? `Notarizing after signing, with ${notary.join(', ')}.`
        : 'Not notarizing: set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID to notarize.',
    ];
  }
  return ['Building unsigned installers: AppImage and deb packages are not code-signed.'];
}

// Run as a script by `npm run dist`, imported by its test.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${signingNotice(process.platform, process.env).join('\n')}\n`);
}
