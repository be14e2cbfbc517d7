/**
 * The project's floor plan: every source file belongs to one layer, and a
 * layer imports only the layers and the npm packages listed here. A file in
 * no layer, an import of a layer or a package not listed, and a circle of
 * imports are refused (scripts/checkImports.ts, run by `npm run lint`).
 * Allowed lists, never forbidden ones: a new folder, a subfolder reaching a
 * sibling or a package nobody thought of is refused until it is placed here.
 */
export interface Layer {
  name: string;
  /** The files it holds (globs from the repository's root); a file belongs to the first layer that matches it. */
  files: readonly string[];
  /** The layers it may import besides itself. */
  imports: readonly string[];
  /** The npm packages it may import (`node:*` for Node's own modules). */
  packages: readonly string[];
  /** Why: said with every import it refuses. */
  rule: string;
  /** What its tests may import besides (beyond TESTS): a room's tests use the rooms above it to drive it. */
  testsImport?: readonly string[];
}

/** What a test beside the code may import besides what its layer may. */
export const TESTS = {
  files: ['**/*.test.ts', '**/*.test.tsx'],
  imports: ['test'],
  packages: [
    'vitest',
    '@testing-library/*',
    'fake-indexeddb',
    'fast-check',
    'node:*',
    'parse5',
    'ical.js',
    'fflate',
    'uuid',
    'zod',
  ],
} as const;

const REACT = ['react', 'react-i18next'];
const FORMS = ['react-hook-form', '@hookform/resolvers'];

/**
 * The data layer's rooms, lowest first: each imports only the rooms below it,
 * so that there is no circle between them.
 */
export const DATA_ROOMS = [
  { room: 'schema', holds: 'the database’s numbered schema steps, frozen once released' },
  { room: 'database', holds: 'the Dexie database, its tables’ rows, the store and its write context' },
  { room: 'device', holds: 'device-local settings: who uses the device, its sync connections, who visits whom' },
  { room: 'drafts', holds: 'text typed and not saved yet, and which note it belongs to' },
  { room: 'writes', holds: 'the one write funnel: stamps, outbox, merge states, kept history' },
  { room: 'history', holds: 'notes’ versions, records’ change history, who wrote a note' },
  { room: 'records', holds: 'the repositories, one per table, and the notes they save' },
  { room: 'recovery', holds: 'putting back, at start, what a crash left typed' },
  { room: 'sync', holds: 'syncing a trip: push, pull, applying others’ changes, the clock, the scheduler' },
  { room: 'exchange', holds: 'the .fieldbook file: a trip’s signed changes and files written out, and taken in' },
  {
    room: 'search',
    holds:
      'the trip’s search index: built from its records when first asked, kept up to date as writes commit, kept across restarts as a cache checked against the records',
  },
  { room: 'hooks', holds: 'React hooks over live queries, one per file, and the store’s context' },
] as const;

const dataRooms: Layer[] = DATA_ROOMS.map(({ room, holds }, index) => {
  const below = DATA_ROOMS.slice(0, index).map((lower) => lower.room);
  // A released schema step holds a copy of all it needs: it never calls code that may change.
  const frozen = room === 'schema';
  return {
    name: `data/${room}`,
    files: [`renderer/data/${room}/**`],
    imports: frozen ? [] : ['shared', ...below.map((lower) => `data/${lower}`)],
    packages: frozen ? ['dexie'] : room === 'hooks' ? ['dexie', 'dexie-react-hooks', 'react', 'zod'] : ['dexie', 'zod'],
    testsImport: ['shared', ...DATA_ROOMS.map((any) => `data/${any.room}`)],
    rule: frozen
      ? `renderer/data/${room}/ holds ${holds}: it imports nothing but Dexie.`
      : `renderer/data/${room}/ holds ${holds}; it imports shared/ and only the data rooms below it (${below.join(', ')}), never the interface, the bridge or i18n.`,
  };
});

const renderer = (name: string, folder: string) => `renderer/${folder}/**`.replace('{name}', name);

/** The layers, given the renderer's feature folders (each its own layer). */
export function floorPlan(features: readonly string[]): Layer[] {
  const data = dataRooms.map((room) => room.name);
  const featureLayers: Layer[] = features.map((feature) => ({
    name: `features/${feature}`,
    files: [renderer(feature, 'features/{name}')],
    imports: ['shared', 'locales', 'components', 'services', ...data, 'i18n', 'bridge'],
    packages: [
      ...REACT,
      ...FORMS,
      'wouter',
      '@dnd-kit/core',
      '@dnd-kit/sortable',
      '@dnd-kit/utilities',
      'file-type',
      'temporal-polyfill',
      'zod',
    ],
    rule: 'A feature stands alone: no other feature, no app. Screen pieces several features use belong in components/, app-wide services in services/; the app puts features together. Features read through data/hooks and write through the repositories, never Dexie itself.',
  }));
  return [
    {
      name: 'shared',
      files: ['shared/**'],
      imports: ['locales'],
      packages: [
        'zod',
        'uuid',
        'temporal-polyfill',
        'fractional-indexing',
        'docx',
        'diff',
        'ical-generator',
        'yjs',
        'lib0',
        'fflate',
      ],
      rule: 'shared/ is used by the app, the server and the exports alike: no Electron, Node.js, React, DOM library or Dexie, and nothing outside shared/.',
    },
    { name: 'locales', files: ['locales/**'], imports: [], packages: [], rule: 'Translations import nothing.' },
    { name: 'assets', files: ['assets/**'], imports: [], packages: [], rule: 'Assets import nothing.' },
    {
      name: 'electron',
      files: ['electron/**'],
      imports: ['shared'],
      packages: ['electron', 'node:*', 'selfsigned', 'zod'],
      rule: 'The main process imports shared/ only: never the renderer, the server, React or Dexie.',
    },
    {
      name: 'server tests',
      files: ['server/test/**'],
      imports: ['server', 'shared', 'test'],
      packages: [
        'hono',
        '@hono/node-server',
        'pg',
        '@electric-sql/pglite',
        'selfsigned',
        'uuid',
        'zod',
        'node:*',
        'vitest',
      ],
      rule: 'The sync server’s test harness drives the server over HTTP, as a client would.',
    },
    {
      name: 'server',
      files: ['server/**'],
      imports: ['shared'],
      packages: ['hono', '@hono/node-server', 'pg', '@electric-sql/pglite', 'selfsigned', 'uuid', 'zod', 'node:*'],
      testsImport: ['server tests'],
      rule: 'The sync server imports shared/ only: never the renderer, Electron or React.',
    },
    {
      name: 'entry',
      files: ['renderer/main.tsx', 'renderer/*.d.ts'],
      imports: ['app', 'styles', 'shared', 'i18n', 'bridge', 'services', ...data],
      packages: ['react', 'react-dom'],
      rule: 'The renderer’s entry starts the app: it opens the store, recovers typing and renders the app.',
    },
    {
      name: 'app',
      files: ['renderer/app/**'],
      imports: [
        'assets',
        'shared',
        'locales',
        ...featureLayers.map((layer) => layer.name),
        'components',
        'services',
        ...data,
        'i18n',
        'bridge',
      ],
      // tesseract.js: the card reader's OCR, loaded apart when a card is first read; fflate unzips its models.
      packages: [...REACT, 'i18next', 'wouter', 'tesseract.js', 'fflate'],
      rule: 'The app only wires: providers, the router and its route table.',
    },
    ...featureLayers,
    {
      name: 'components',
      files: ['renderer/components/**'],
      imports: ['shared', 'locales', 'services', ...data, 'i18n', 'bridge'],
      packages: [...REACT, ...FORMS, 'react-dom', 'wouter'],
      rule: 'Components are screen pieces for the features: they know neither a feature nor the app, and read and write through data/hooks and the repositories, never Dexie itself.',
    },
    {
      name: 'services',
      files: ['renderer/services/**'],
      imports: ['shared', 'locales', ...data, 'i18n', 'bridge'],
      // tesseract.js: the card reader's OCR, loaded apart when a card is first read; fflate unzips its models.
      packages: [...REACT, 'i18next', 'wouter', 'tesseract.js', 'fflate'],
      rule: 'Services are below the screen pieces: no feature, no app, no component, and no Dexie (the data layer’s hooks and repositories are how they reach the database).',
    },
    ...dataRooms,
    {
      name: 'i18n',
      files: ['renderer/i18n/**'],
      imports: ['shared', 'locales'],
      packages: ['i18next', 'react-i18next'],
      rule: 'Formatting and the interface’s languages stand on shared/ alone.',
    },
    {
      name: 'bridge',
      files: ['renderer/bridge/**'],
      imports: ['shared'],
      packages: [],
      rule: 'The bridge to the main process stands on shared/ alone.',
    },
    { name: 'styles', files: ['renderer/styles/**'], imports: [], packages: [], rule: 'Styles import nothing.' },
    {
      name: 'test',
      files: ['test/**', 'bench/**', 'scripts/**', '*.config.ts'],
      imports: ['*'],
      packages: ['*'],
      rule: 'Tests, benchmarks, scripts and configuration may use anything.',
    },
  ];
}
