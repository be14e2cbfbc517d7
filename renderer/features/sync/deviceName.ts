/**
 * A name for this device that its owner and the organiser recognise in the
 * trip's device list, from what the browser says of itself: the app or
 * browser, and the system ("Chrome · Windows"); null when it says neither.
 * The user can change it.
 */
export function defaultDeviceName(userAgent: string): string | null {
  const app = APPS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return [app, system].filter(Boolean).join(' · ') || null;
}

// In order: Electron and Edge also say Chrome; Chrome also says Safari.
const APPS: readonly (readonly [RegExp, string])[] = [
  [/\bElectron\//, 'Fieldbook'],
  [/\bEdg\//, 'Edge'],
  [/\bFirefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

// In order: Android also says Linux; iPhone and iPad also say Mac OS X.
const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad)\b/, 'iOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];
