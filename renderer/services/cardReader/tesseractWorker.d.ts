// The parts of tesseract.js's worker script that ocrWorker.ts puts together; the package types only its API.

declare module 'tesseract.js/src/worker-script/index.js' {
  interface Adapter {
    getCore: unknown;
    gunzip(bytes: Uint8Array): Uint8Array;
    fetch(): undefined;
    readCache(path: string): Promise<unknown>;
    writeCache(path: string, data: unknown): Promise<unknown>;
    deleteCache(path: string): Promise<unknown>;
    checkCache(path: string): Promise<boolean>;
  }
  const worker: {
    dispatchHandlers(message: unknown, send: (answer: unknown) => void): void;
    setAdapter(adapter: Adapter): void;
  };
  export default worker;
}

declare module 'tesseract.js/src/worker-script/browser/getCore.js' {
  const getCore: unknown;
  export default getCore;
}
