import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Screens link to each other by the route table's names: it registers its paths as it loads.
import '../../renderer/app/routes';

// fake-indexeddb stores values with Node's structuredClone, which can copy Node's Blob but
// not jsdom's; the app makes its stored Blobs with `new Blob`, so that is the one to give it.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

afterEach(() => {
  cleanup();
});

// jsdom has <dialog> but not its modal methods; these do what the tests rely on (open and close).
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
