import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const biome = path.join(root, 'node_modules/.bin/biome');
const written: string[] = [];

afterAll(async () => {
  await Promise.all(written.map((file) => rm(file, { force: true })));
});

/** The import-rule messages the linter gives a module at `file` that imports `from`. */
async function lintImport(file: string, from: string): Promise<string[]> {
  const absolute = path.join(root, file);
  written.push(absolute);
  await writeFile(absolute, `import * as imported from '${from}';\nexport const used = imported;\n`);
  const run = await promisify(execFile)(biome, ['lint', '--reporter=json', absolute], { cwd: root }).catch(
    (failed: { stdout: string }) => failed,
  );
  const report = JSON.parse(run.stdout) as { diagnostics: { category: string; message: string }[] };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
    .map((diagnostic) => diagnostic.message);
}

describe('the renderer’s floor plan, as the linter enforces it', () => {
  it('refuses a feature importing another feature or the app', { timeout: 60_000 }, async () => {
    expect(await lintImport('renderer/features/itinerary/layering-check.ts', '../notes/NotesPage')).toEqual([
      expect.stringContaining('A feature stands alone'),
    ]);
    expect(await lintImport('renderer/features/trips/layering-check.ts', '../../features/notes/NotesPage')).toEqual([
      expect.stringContaining('A feature stands alone'),
    ]);
    expect(await lintImport('renderer/features/notes/layering-check.ts', '../../app/routes')).toEqual([
      expect.stringContaining('Features do not import the app'),
    ]);
  });

  it('refuses each layer below the features importing a feature, the app or a layer above it', {
    timeout: 60_000,
  }, async () => {
    expect(await lintImport('renderer/components/layering-check.ts', '../features/trips/TripPage')).toHaveLength(1);
    expect(await lintImport('renderer/services/layering-check.ts', '../app/App')).toHaveLength(1);
    expect(await lintImport('renderer/data/layering-check.ts', '../features/notes/notesProps')).toHaveLength(1);
    expect(await lintImport('renderer/data/layering-check-ui.ts', '../services/useLanguage')).toEqual([
      expect.stringContaining('The data layer holds no UI'),
    ]);
    expect(await lintImport('renderer/services/layering-check-ui.ts', '../components/Field')).toEqual([
      expect.stringContaining('Services are below the screen pieces'),
    ]);
    expect(await lintImport('renderer/i18n/layering-check.ts', '../data/db')).toEqual([
      expect.stringContaining('stand on shared/ alone'),
    ]);
  });

  it('lets a feature use its own modules and the layers below it', { timeout: 60_000 }, async () => {
    expect(await lintImport('renderer/features/notes/layering-ok.ts', './QaSection')).toEqual([]);
    expect(await lintImport('renderer/features/notes/layering-ok-below.ts', '../../components/TripNav')).toEqual([]);
    expect(await lintImport('renderer/features/notes/layering-ok-data.ts', '../../data/noteDrafts')).toEqual([]);
  });
});
