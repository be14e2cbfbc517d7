/** What is read of a V8 CPU profile (the DevTools protocol's Profiler.Profile). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A line of the bundle where a module's code starts, as Rolldown marks it unminified (`// node_modules/yjs/…`). */
const MODULE_START = /^\/\/ ((?:node_modules|renderer|shared|bench)\/\S+)$/;

/** The module each line of `bundle` belongs to: a package by its name, the app's own files by their path. */
function modulesByLine(bundle: string): string[] {
  let current = '(bundle)';
  return bundle.split('\n').map((line) => {
    const start = MODULE_START.exec(line)?.[1];
    if (start) current = start.startsWith('node_modules/') ? (start.split('/')[1] ?? start) : start;
    return current;
  });
}

const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0).padStart(3)}%`;
const msOf = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;

/**
 * A V8 CPU profile of code from `bundle` (served as `file`), in words: the
 * share of time the main thread was idle (waiting for IndexedDB, which
 * works elsewhere), and the busy time by module and by function (self
 * time), and through the code's own `steps` (time with them on the stack).
 */
export function summarise(profile: CpuProfile, bundle: string, file: string, steps: readonly string[]): string[] {
  const lines = modulesByLine(bundle);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const where = (node: ProfileNode) => {
    const { url, lineNumber, functionName } = node.callFrame;
    // Functions with no script are the browser's own: IndexedDB's calls, JSON, structured clones.
    const module = url.endsWith(`/${file}`) ? (lines[lineNumber] ?? '(bundle)') : url || '(native)';
    // V8's own entries: (idle), (program), (garbage collector), (root).
    const meta = functionName.startsWith('(');
    return { module: meta ? functionName : module, name: functionName || '(anonymous)', meta };
  };
  const selfByModule = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const onStack = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, index) => {
    const us = deltas[index + 1] ?? 0;
    const node = nodes.get(id);
    if (!node) return;
    total += us;
    const { module, name, meta } = where(node);
    add(selfByModule, module, us);
    if (!meta) add(selfByFunction, `${name} (${module})`, us);
    // Once per sample, however deep a function recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at);
      if (frame) seen.add(frame.callFrame.functionName);
    }
    for (const name of seen) add(onStack, name, us);
  });
  const busy = total - (selfByModule.get('(idle)') ?? 0);
  const top = (map: Map<string, number>, count: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return [
    `  main thread: ${msOf(total)} profiled, idle ${share(total - busy, total)} (waiting for IndexedDB), busy ${msOf(busy)}`,
    '  busy time by module (self):',
    ...top(selfByModule, 12)
      .filter(([module]) => module !== '(idle)')
      .map(([module, us]) => `    ${module.padEnd(56)}${msOf(us)} ${share(us, busy)}`),
    '  busy time by function (self):',
    ...top(selfByFunction, 12).map(([name, us]) => `    ${name.slice(0, 56).padEnd(56)}${msOf(us)} ${share(us, busy)}`),
    '  its steps (time with each on the stack; steps nest):',
    ...steps
      .filter((name) => onStack.has(name))
      .map((name) => `    ${name.padEnd(56)}${msOf(onStack.get(name) ?? 0)} ${share(onStack.get(name) ?? 0, busy)}`),
  ];
}
