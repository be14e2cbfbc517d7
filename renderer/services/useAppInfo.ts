import type { AppInfo } from '@shared/ipc/contract';
import { useEffect, useState } from 'react';
import { bridge } from '../bridge/bridge';

/** The app's version and where it runs, asked once of the desktop shell (or the browser). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let current = true;
    void bridge.invoke('app:getInfo').then((answer) => {
      if (current) setInfo(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  return info;
}
