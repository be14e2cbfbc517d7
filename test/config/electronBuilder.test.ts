import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'electron-vite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// electron-builder's own reading and schema validation of its configuration, offline.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

interface BuilderConfig {
  appId: string;
  productName: string;
  files: { filter: string[] }[];
  electronFuses: Record<string, boolean>;
  mac: {
    target: string;
    icon: string;
    hardenedRuntime: boolean;
    entitlements: string;
    entitlementsInherit: string;
    notarize: boolean;
  };
  win: { target: string; icon: string };
  linux: { target: string[]; icon: string };
}

let config: BuilderConfig;

beforeAll(async () => {
  config = await getConfig(root, null, null);
  // What the packaged app will contain: the desktop build of main, preload and renderer.
  await build({ root, logLevel: 'silent' });
}, 60_000);

async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path.join(root, file));
  expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('ships a main process and preload that need nothing but Electron and Node.js', async () => {
    const importsOf = async (file: string) => {
      const code = await readFile(path.join(root, file), 'utf8');
      return [...code.matchAll(/(?:from |require\()"([^"]+)"/g)].map((m) => m[1] ?? '');
    };
    const imports = [...(await importsOf('out/main/main.js')), ...(await importsOf('out/preload/preload.cjs'))];
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
    expect(config.files.flatMap((set) => set.filter)).toContain('!node_modules/**');
  });

  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds an installer for each desktop platform', () => {
    expect(config.appId).toBe('org.fieldbook.desktop');
    expect(config.productName).toBe('Fieldbook');
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('uses icons from assets/ large enough for every platform (512 px and up)', async () => {
    for (const icon of new Set([config.mac.icon, config.win.icon, config.linux.icon])) {
      expect(icon.startsWith('assets/')).toBe(true);
      const { width, height } = await pngSize(icon);
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });

  it('packages the files the app loads at run time', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { main: string };
    const mainSource = await readFile(path.join(root, 'electron/main.ts'), 'utf8');
    const preload = /'\.\.\/preload\/([\w.]+)'/.exec(mainSource)?.[1];
    const needed = [pkg.main, `out/preload/${preload}`, 'out/renderer/index.html'];
    for (const file of needed) {
      await expect(readFile(path.join(root, file)), file).resolves.toBeTruthy();
      const folder = file.split('/').slice(0, 2).join('/');
      expect(
        config.files.flatMap((set) => set.filter),
        file,
      ).toContain(`${folder}/**`);
    }
  });

  it('flips the fuses that keep the installed app from being run as anything else', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('signs macOS builds with the hardened runtime and entitlements that let V8 compile', async () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    for (const file of new Set([config.mac.entitlements, config.mac.entitlementsInherit])) {
      expect(file.startsWith('assets/'), file).toBe(true);
      const plist = await readFile(path.join(root, file), 'utf8');
      expect(plist).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
    }
  });

  it('holds no signing secret: certificates and passwords come from the environment', () => {
    const secretKeys = /^(cscLink|cscKeyPassword|certificateFile|certificatePassword|identity|provisioningProfile)$/;
    const found: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, inner] of Object.entries(value)) {
        if (secretKeys.test(key)) found.push(`${at}${key}`);
        walk(inner, `${at}${key}.`);
      }
    };
    walk(config, '');
    expect(found).toEqual([]);
  });
});
