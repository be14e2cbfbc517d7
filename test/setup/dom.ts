import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// fake-indexeddb stores values with Node's structuredClone, which can copy Node's Blob but
// not jsdom's; the app makes its stored Blobs with `new Blob`, so that is the one to give it.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

afterEach(() => {
  cleanup();
});
