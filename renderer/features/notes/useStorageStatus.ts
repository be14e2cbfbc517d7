import { useEffect, useState } from 'react';

export interface StorageStatus {
  /** Bytes this origin uses and may use, as the browser estimates them. */
  usage: number | null;
  quota: number | null;
  /** Whether the browser promised not to clear this app's storage when space runs low. */
  persistent: boolean | null;
}

/**
 * What the browser says of the app's storage, asked again whenever the
 * bytes of attached files change (and not before they are known).
 */
export function useStorageStatus(attachedBytes: number | undefined): StorageStatus {
  const [status, setStatus] = useState<StorageStatus>({ usage: null, quota: null, persistent: null });
  useEffect(() => {
    let current = true;
    const storage = navigator.storage;
    if (!storage || attachedBytes === undefined) return;
    void Promise.all([storage.estimate(), storage.persisted()]).then(([estimate, persistent]) => {
      if (current) setStatus({ usage: estimate.usage ?? null, quota: estimate.quota ?? null, persistent });
    });
    return () => {
      current = false;
    };
  }, [attachedBytes]);
  return status;
}
