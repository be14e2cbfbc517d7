import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The sync server as `npm run server` starts it: its own process, and what it
 * prints. One process, the server itself (tsx as a loader, not as a parent
 * that relays signals), so that a SIGKILL reaches the server.
 */
export interface ServerProcess {
  url: string;
  output: () => string;
  child: ChildProcess;
  /** Stops it as Ctrl+C would, and answers its exit code. */
  stop(): Promise<number | null>;
}

/** Starts the server with `env`; answers once it says where it listens, or fails with what it printed. */
export function startProcess(env: Record<string, string>, args: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const output = () => printed;
  return new Promise((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const url = /at (https?:\/\/[\d.]+:\d+)/.exec(printed)?.[1];
      if (url && printed.includes('Setup code')) {
        resolve({
          url,
          output,
          child,
          stop: () => {
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    void exited.then((code) => reject(new Error(`The server exited (${code}) having printed:\n${printed}`)));
  });
}

/** The setup code a server printed. */
export const setupCodeOf = (server: ServerProcess) =>
  /Setup code, to publish one trip: (\S+)/.exec(server.output())?.[1];
