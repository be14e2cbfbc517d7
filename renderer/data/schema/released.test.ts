import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../../scripts/checkImports';
import { SCHEMA } from './steps';

/**
 * The released steps, each with the SHA-256 of its file (line endings as
 * `\n`), as the sync server keeps the checksum of each migration it applied
 * (server/storage/migrate.ts): every device that upgraded ran a released step
 * as it was, so editing it would leave devices that ran the old one and
 * devices that run the new one. Releasing a step adds its hash here.
 */
const RELEASED: Record<number, string> = {
  1: '8436673b475206d299d18c3f9045c47eb71533b2a9d5cfa3d4f3a3845e88c67c',
  2: '3f70f8f416b655cbc42ab39de5b478818fedd7275be85d05ff4cfbce175fbad2',
  3: 'c2b98d16b5435f62bc295f1f674b5add32b0104a2402076312b986a7ea88dafa',
  4: 'e3837cd4d8e154ca225808af994838ccfe4ab82e3c8d532f2091407b7132b168',
  5: 'b8f3538957b373e722617cc7216c1feb253ce2c428658e57addf9184bb5e8fad',
  6: 'f10ec972e712317ac8446b60753deefcb18cc441e52687623b5cf42bcaf75568',
  7: 'a648ce5cd0a37e07741d2998e20a66fda060f8760428b4e7b15716aa16d3fbb5',
  8: 'f1d64b64b6800e98464cd8bfeb000d0a1cc474c34370c26db9b54d801a3141bc',
  9: '3c1932b922dd6f6557761bf69cbcdf7d0f3b1f1cc04d71b623adf651d635771f',
  10: '1ec36f00ac6bd841d3916efdb5bba2326ed27ba979f9f6d84df440eff0ee2a3e',
  11: '946ea751c8bb98a2fbe271e89f3ddf62e76b3906edbd4201ace6ab25e1dd25f2',
  12: '3576026fe77a310998e2af40d85b2f39e4af82b5c2c8735781ed458f5433b441',
};

/** What a step may import: Dexie, for its transaction's type. Anything else is code that may change after the step's release. */
const MAY_IMPORT = ['dexie'];

const STEP_FILE = /^step(\d+)[A-Z]\w*\.ts$/;
const folder = import.meta.dirname;
const steps = readdirSync(folder)
  .flatMap((name) => {
    const version = STEP_FILE.exec(name)?.[1];
    return version ? [{ name, version: Number(version), text: readFileSync(path.join(folder, name), 'utf8') }] : [];
  })
  .sort((a, b) => a.version - b.version);
const modules = import.meta.glob<Record<string, unknown>>(['./step*.ts', '!./*.test.ts'], { eager: true });

const sha256 = (text: string) => createHash('sha256').update(text.replaceAll('\r\n', '\n')).digest('hex');

describe('the schema’s steps', () => {
  it('are one file each, numbered from 1, and make up the schema in order', () => {
    const versions = steps.map((step) => step.version);
    expect(versions, 'the step files are numbered 1, 2, 3… with no gap').toEqual(versions.map((_, index) => index + 1));
    expect(versions, 'every step file is in SCHEMA (steps.ts), and nothing else').toEqual(
      SCHEMA.map((step) => step.version),
    );
    for (const [index, { name }] of steps.entries()) {
      const exported = Object.values(modules[`./${name}`] ?? {});
      expect(exported, `${name} exports its step, and nothing else`).toHaveLength(1);
      expect(exported[0], `${name} is step ${index + 1} of the schema`).toBe(SCHEMA[index]);
    }
  });

  it('import nothing but Dexie, so that no step calls code that may change', () => {
    for (const step of steps) {
      const { imports, error } = importsOf({ path: step.name, source: step.text });
      expect(error, step.name).toBeNull();
      const refused = imports.map((entry) => entry.specifier).filter((specifier) => !MAY_IMPORT.includes(specifier));
      expect(
        refused,
        `schema step ${step.version} imports ${refused.join(', ')}: a step holds a copy of what it needs`,
      ).toEqual([]);
    }
  });

  it('are the first ones when released, and stay as they were released', () => {
    const released = Object.keys(RELEASED).map(Number);
    expect(released).toEqual(released.map((_, index) => index + 1));
    for (const [version, hash] of Object.entries(RELEASED)) {
      const step = steps.find((candidate) => candidate.version === Number(version));
      expect(step, `schema step ${version} was released: its file is gone`).toBeDefined();
      expect(
        sha256(step?.text ?? ''),
        `schema step ${version} was released: add a new step instead of editing it (${step?.name})`,
      ).toBe(hash);
    }
  });
});
