/**
 * Checks every source file against the floor plan (scripts/floorPlan.ts): it
 * resolves each import (static, re-export, dynamic, and type-level
 * `import('…')`) to a file or a package, and refuses a file in no layer, an
 * import its layer does not list, and any circle of imports between modules.
 * `node scripts/checkImports.ts` prints what it refuses and exits 1 when
 * anything is; `npm run lint` runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'rolldown/utils';
import { floorPlan, type Layer, TESTS } from './floorPlan.ts';

export interface SourceFile {
  /** From the repository's root, with forward slashes. */
  path: string;
  source: string;
}

export interface Refusal {
  file: string;
  line: number;
  message: string;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const ALIASES: Record<string, string> = { '@shared/': 'shared/' };

function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else pattern += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

const matches = (globs: readonly string[], file: string) => globs.some((glob) => globToRegExp(glob).test(file));

/** The package an import names: `react-dom` of `react-dom/client`, `@dnd-kit/core` of `@dnd-kit/core/x`. */
function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function packageAllowed(allowed: readonly string[], name: string): boolean {
  return allowed.some(
    (entry) => entry === '*' || entry === name || (entry.endsWith('*') && name.startsWith(entry.slice(0, -1))),
  );
}

interface Import {
  specifier: string;
  offset: number;
}

/** Every module a file names: imports, re-exports, `import()` of a literal, and `import('…')` in types. */
export function importsOf(file: SourceFile): { imports: Import[]; error: string | null } {
  const { module, program, errors } = parseSync(file.path, file.source);
  const imports: Import[] = [];
  for (const entry of module.staticImports) imports.push({ specifier: entry.moduleRequest.value, offset: entry.start });
  for (const entry of module.staticExports) {
    for (const part of entry.entries) {
      if (part.moduleRequest) imports.push({ specifier: part.moduleRequest.value, offset: entry.start });
    }
  }
  for (const entry of module.dynamicImports) {
    const raw = file.source.slice(entry.moduleRequest.start, entry.moduleRequest.end);
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(raw);
    if (literal?.[2] !== undefined) imports.push({ specifier: literal[2], offset: entry.start });
  }
  // `import('…').T` in a type is no module request to the parser, and is an import all the same.
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (node && typeof node === 'object') {
      const { type, source, start } = node as { type?: string; source?: { value?: unknown }; start?: number };
      if (type === 'TSImportType' && typeof source?.value === 'string') {
        imports.push({ specifier: source.value, offset: start ?? 0 });
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
    }
  };
  walk(program.body);
  return { imports, error: errors.length > 0 ? (errors[0]?.message ?? 'cannot be parsed') : null };
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/**
 * Checks `files` (the whole tree when not given) against the floor plan;
 * `extra` files are checked too, as if they were in the tree (the layering
 * test's probes).
 */
export function checkImports(root: string, extra: readonly SourceFile[] = [], only?: readonly SourceFile[]): Refusal[] {
  const tracked = only ?? listSourceFiles(root);
  const files = [...tracked.filter((file) => !extra.some((probe) => probe.path === file.path)), ...extra];
  const virtual = new Set(extra.map((file) => file.path));
  const exists = (candidate: string) => {
    if (virtual.has(candidate)) return true;
    const full = path.join(root, candidate);
    return existsSync(full) && statSync(full).isFile();
  };
  const resolve = (from: string, specifier: string): string | null => {
    const bare = specifier.replace(/\?.*$/, '');
    const alias = Object.keys(ALIASES).find((prefix) => bare.startsWith(prefix));
    let base: string;
    if (alias) base = (ALIASES[alias] ?? '') + bare.slice(alias.length);
    else if (bare.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
    else return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
      if (exists(candidate)) return candidate;
    }
    return base;
  };

  const features = listFeatures(root, files);
  const layers = floorPlan(features);
  const layerOf = (file: string): Layer | undefined => layers.find((layer) => matches(layer.files, file));
  const refusals: Refusal[] = [];
  const edges = new Map<string, { to: string; line: number }[]>();

  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) {
      refusals.push({
        file: file.path,
        line: 1,
        message: 'is in no layer of the floor plan (scripts/floorPlan.ts): place its folder there first.',
      });
      continue;
    }
    const isTest = matches(TESTS.files, file.path);
    const mayImport = new Set([
      layer.name,
      ...layer.imports,
      ...(isTest ? [...TESTS.imports, ...(layer.testsImport ?? [])] : []),
    ]);
    const packages = [...layer.packages, ...(isTest ? TESTS.packages : [])];
    const { imports, error } = importsOf(file);
    if (error) refusals.push({ file: file.path, line: 1, message: `cannot be read: ${error}` });
    const out: { to: string; line: number }[] = [];
    for (const { specifier, offset } of imports) {
      const line = lineAt(file.source, offset);
      const target = resolve(file.path, specifier);
      if (target === null) {
        const name = packageOf(specifier);
        if (!packageAllowed(packages, name)) {
          refusals.push({ file: file.path, line, message: `imports the package '${name}': ${layer.rule}` });
        }
        continue;
      }
      if (!exists(target)) {
        refusals.push({ file: file.path, line, message: `imports '${specifier}', which is not a file.` });
        continue;
      }
      out.push({ to: target, line });
      const targetLayer = layerOf(target);
      if (!targetLayer) continue;
      if (!mayImport.has('*') && !mayImport.has(targetLayer.name)) {
        refusals.push({
          file: file.path,
          line,
          message: `imports '${specifier}' (${targetLayer.name}): ${layer.rule}`,
        });
      }
    }
    edges.set(file.path, out);
  }
  for (const circle of circles(edges)) {
    const first = circle[0] ?? '';
    const line = edges.get(first)?.find((edge) => edge.to === circle[1])?.line ?? 1;
    refusals.push({ file: first, line, message: `is in a circle of imports: ${[...circle, first].join(' → ')}` });
  }
  return refusals;
}

/** Each circle of imports once: Tarjan's strongly connected components, each shown by one of its cycles. */
function circles(edges: Map<string, { to: string }[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const { to } of edges.get(node) ?? []) {
      if (!edges.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const self = edges.get(node)?.some((edge) => edge.to === node);
      if (component.length > 1 || self) found.push(cycleIn(new Set(component), edges, node));
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** One path from `start` back to itself inside a component, for the message. */
function cycleIn(component: Set<string>, edges: Map<string, { to: string }[]>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const { to } of edges.get(node) ?? []) {
      if (!component.has(to)) continue;
      if (to === start) {
        const cycle = [node];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0] ?? '') ?? start);
        return cycle;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

/** The renderer's feature folders: each is a layer of its own. */
function listFeatures(root: string, files: readonly SourceFile[]): string[] {
  const folder = path.join(root, 'renderer/features');
  const onDisk = existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const named = files.flatMap((file) => /^renderer\/features\/([^/]+)\//.exec(file.path)?.[1] ?? []);
  return [...new Set([...onDisk, ...named])].sort();
}

/** The tree's source files: those git tracks, and those it would (untracked, not ignored). */
export function listSourceFiles(root: string): SourceFile[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\n'))]
    .filter((file) => SOURCE.test(file) && existsSync(path.join(root, file)))
    .map((file) => ({ path: file, source: readFileSync(path.join(root, file), 'utf8') }));
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..');
  const refusals = checkImports(root);
  for (const { file, line, message } of refusals) console.error(`${file}:${line} ${message}`);
  if (refusals.length > 0) {
    console.error(`\n${refusals.length} import(s) against the floor plan (scripts/floorPlan.ts).`);
    process.exit(1);
  }
}
