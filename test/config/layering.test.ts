import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkImports } from '../../scripts/checkImports';

const root = path.resolve(import.meta.dirname, '../..');

/** What the floor plan says of a module at `file` whose only line imports `from` (nothing is written to disk). */
function refusalsOf(file: string, from: string): string[] {
  const probe = { path: file, source: `import * as imported from '${from}';\nexport const used = imported;\n` };
  return checkImports(root, [probe], [probe]).map((refusal) => refusal.message);
}

const refused = (file: string, from: string, why: string | RegExp) =>
  expect(refusalsOf(file, from), `${file} importing ${from}`).toEqual([expect.stringMatching(why)]);
const allowed = (file: string, from: string) => expect(refusalsOf(file, from), `${file} importing ${from}`).toEqual([]);

describe('the floor plan, as `npm run lint` enforces it', () => {
  it('holds in the whole tree: every file in a layer, every import allowed, no circle', () => {
    expect(checkImports(root)).toEqual([]);
  });

  it('refuses a feature importing another feature or the app, from any depth of its folder', () => {
    refused('renderer/features/itinerary/probe.ts', '../notes/NotesPage', 'A feature stands alone');
    refused('renderer/features/trips/probe.ts', '../../features/notes/NotesPage', 'A feature stands alone');
    refused('renderer/features/trips/sub/probe.ts', '../../notes/NotesPage', 'A feature stands alone');
    refused('renderer/features/trips/sub/deeper/probe.ts', '../../../sync/SyncPage', 'A feature stands alone');
    refused('renderer/features/notes/probe.ts', '../../app/routes', 'A feature stands alone');
  });

  it('refuses Dexie in features, components and services: they go through the data layer', () => {
    for (const file of [
      'renderer/features/notes/probe.ts',
      'renderer/components/probe.ts',
      'renderer/services/probe.ts',
    ]) {
      refused(file, 'dexie', "the package 'dexie'");
      refused(file, 'dexie-react-hooks', "the package 'dexie-react-hooks'");
    }
  });

  it('refuses each layer below the features importing a feature, the app or a layer above it', () => {
    refused('renderer/components/probe.ts', '../features/trips/TripPage', 'Components are screen pieces');
    refused('renderer/services/probe.ts', '../app/App', 'Services are below the screen pieces');
    refused('renderer/services/probe.ts', '../components/Field', 'Services are below the screen pieces');
    refused('renderer/data/records/probe.ts', '../../features/notes/notesProps', 'never the interface');
    refused('renderer/data/records/probe.ts', '../../services/useLanguage', 'never the interface');
  });

  it('keeps the data layer, the bridge and i18n on shared/ alone', () => {
    refused('renderer/data/records/probe.ts', '../../bridge/bridge', 'never the interface, the bridge or i18n');
    refused('renderer/data/sync/probe.ts', '../../i18n/format', 'never the interface, the bridge or i18n');
    refused('renderer/bridge/probe.ts', '../i18n/format', 'The bridge to the main process stands on shared/ alone');
    refused('renderer/i18n/probe.ts', '../bridge/bridge', 'stand on shared/ alone');
    refused('renderer/i18n/probe.ts', '../data/database/db', 'stand on shared/ alone');
  });

  it('orders the data layer’s rooms: each imports only the rooms below it', () => {
    refused('renderer/data/database/probe.ts', '../records/trips', 'only the data rooms below it');
    refused('renderer/data/writes/probe.ts', '../history/noteVersions', 'only the data rooms below it');
    refused('renderer/data/records/probe.ts', '../sync/applyRemote', 'only the data rooms below it');
    allowed('renderer/data/records/probe.ts', '../writes/writes');
    allowed('renderer/data/sync/probe.ts', '../records/members');
    refused('renderer/data/schema/probe.ts', '@shared/model', 'imports nothing but Dexie');
  });

  it('keeps shared/ free of Electron, Node.js, React, the DOM’s libraries and Dexie', () => {
    for (const name of [
      'electron',
      'node:fs',
      'react',
      'react-dom',
      'react/jsx-runtime',
      'dexie',
      'dexie-react-hooks',
    ]) {
      refused('shared/model/probe.ts', name, `the package '${name.replace('/jsx-runtime', '')}'`);
    }
    refused('shared/model/probe.ts', '../../renderer/data/database/db', 'nothing outside shared/');
  });

  it('keeps the main process and the server apart from the renderer and each other', () => {
    refused('electron/probe.ts', '../renderer/data/database/db', 'The main process imports shared/ only');
    refused('electron/probe.ts', 'react', "the package 'react'");
    refused('server/probe.ts', '../electron/window', 'The sync server imports shared/ only');
    refused('server/probe.ts', 'electron', "the package 'electron'");
  });

  it('refuses a file in no layer: a new folder, or a file at the top of one that has rooms', () => {
    refused('renderer/widgets/probe.ts', '../data/database/db', 'in no layer');
    refused('renderer/data/probe.ts', './database/db', 'in no layer');
    refused('renderer/probe.ts', './app/App', 'in no layer');
  });

  it('gives the renderer’s entry its own rule: it starts the app, nothing more', () => {
    allowed('renderer/main.tsx', './app/App');
    refused('renderer/main.tsx', './features/notes/NotesPage', 'starts the app');
    refused('renderer/main.tsx', 'dexie', "the package 'dexie'");
  });

  it('refuses a circle of imports, type imports included', () => {
    const a = {
      path: 'renderer/data/records/probeA.ts',
      source: "import type { B } from './probeB';\nexport type A = B;\n",
    };
    const b = {
      path: 'renderer/data/records/probeB.ts',
      source: "import type { A } from './probeA';\nexport type B = A[];\n",
    };
    expect(checkImports(root, [a, b], [a, b]).map((refusal) => refusal.message)).toEqual([
      expect.stringContaining(
        'is in a circle of imports: renderer/data/records/probeA.ts → renderer/data/records/probeB.ts',
      ),
    ]);
    const typeOnly = {
      path: 'renderer/data/database/probe.ts',
      source: "export type Key = import('../records/trips').TripListEntry;\n",
    };
    expect(checkImports(root, [typeOnly], [typeOnly]).map((refusal) => refusal.message)).toEqual([
      expect.stringContaining('only the data rooms below it'),
    ]);
  });

  it('lets a feature use its own modules, at any depth, and the layers below it', () => {
    allowed('renderer/features/notes/probe.ts', './QaSection');
    allowed('renderer/features/notes/sub/probe.ts', '../QaSection');
    allowed('renderer/features/notes/probe.ts', '../../components/TripNav');
    allowed('renderer/features/notes/probe.ts', '../../data/hooks/useMinutes');
    allowed('renderer/features/notes/probe.ts', '@shared/model');
  });
});

describe('the linter', () => {
  it('fails on a warning, not only on an error', { timeout: 60_000 }, async () => {
    const lint = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.lint as string;
    const biome = lint.split('&&')[0]?.trim().split(/\s+/) ?? [];
    expect(biome.slice(0, 2)).toEqual(['biome', 'ci']);
    const file = path.join(root, 'renderer/services/warning-probe.ts');
    // An unused parameter is a warning in Biome's recommended rules, not an error.
    writeFileSync(file, 'export function probe(used: number, unused: number) {\n  return used;\n}\n');
    try {
      const run = (args: string[]) =>
        promisify(execFile)(path.join(root, 'node_modules/.bin/biome'), [...args, file], { cwd: root }).then(
          () => 0,
          (failed: { code: number }) => failed.code,
        );
      expect(await run(['ci', '--colors=off', '--vcs-enabled=false', ...biome.slice(2, -1)])).not.toBe(0);
      expect(await run(['ci', '--colors=off', '--vcs-enabled=false'])).toBe(0);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
