/**
 * The dev server's URL decides what the window loads, which requests the
 * session lets through and which IPC senders are trusted. Only a development
 * build reads it (`electron-vite dev` sets ELECTRON_RENDERER_URL), and only a
 * server on this machine: an installed app must never be pointed at another
 * origin by its environment.
 */
export function readDevServerUrl({
  isPackaged,
  env,
}: {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}): string | undefined {
  const value = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !value) return undefined;
  try {
    const url = new URL(value);
    const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
    return isHttp && isLoopback(url.hostname) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
