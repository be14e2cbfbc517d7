import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { resources } from './resources';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') entries.set(name, child);
    else for (const [k, v] of flatten(child, name)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(resources.en);

  it.each(LANGUAGES)('%s has every key of every other language, each translated', (lang) => {
    const strings = flatten(resources[lang]);
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of strings) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES)('%s keeps the placeholders of the English text', (lang) => {
    const strings = flatten(resources[lang]);
    for (const [key, text] of english) expect(placeholders(strings.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('has a message for every validation key the schemas in shared/ use', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const used = new Set(
      files.flatMap((file) =>
        [...readFileSync(path.join(root, file), 'utf8').matchAll(/'(validation\.\w+)'/g)].map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(english.has(`common.${key}`), key).toBe(true);
  });

  it('leaves no Korean or Japanese string as an untranslated copy of the English one', () => {
    // The app's name, a key name, a bare format and file formats' own names are the same in every language.
    const neutral = new Set([
      'common.app.name',
      'report.screen.formats.docx',
      'report.screen.formats.pdf',
      'report.screen.formats.md',
      'common.footer.version',
      'menu.app',
      'common.timeZone.withOffset',
      'notes.coverage.cell',
    ]);
    for (const lang of ['ko', 'ja'] as const) {
      const strings = flatten(resources[lang]);
      for (const [key, text] of english) {
        if (!neutral.has(key)) expect(strings.get(key), `${lang} ${key}`).not.toBe(text);
      }
    }
  });
});
