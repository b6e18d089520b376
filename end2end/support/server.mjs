// Starts the built `grindstone` server on a random port with a fresh SQLite database and the
// demo content, for the browser tests; Ada is the demo administrator (`--demo-admin`), as the
// admin tests sign in as her.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '..', '..');
const binary = process.env.E2E_SERVER_BINARY ?? join(root, 'target', 'debug', 'grindstone');

export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'grindstone-e2e-'));
  const env = {
    ...process.env,
    GRINDSTONE_CONFIG: '/dev/null',
    DATABASE_URL: `sqlite://${join(dataDir, 'e2e.db')}`,
    GRINDSTONE_MAIL__DIR: join(dataDir, 'mail'),
    LEPTOS_SITE_ADDR: '127.0.0.1:0',
    LEPTOS_SITE_ROOT: join(root, 'target', 'site'),
    GRINDSTONE_LOG__FORMAT: 'json',
    RUST_LOG: 'info',
  };
  execFileSync(binary, ['seed', '--demo', '--demo-admin'], { env, cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const child = spawn(binary, ['serve'], { env, cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const logs = [];
  const address = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('\n')}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`)));
    createInterface({ input: child.stderr }).on('line', (line) => {
      logs.push(line);
      try {
        const event = JSON.parse(line);
        if (event.fields?.message === 'serving') {
          clearTimeout(timer);
          resolvePromise(event.fields.address);
        }
      } catch {
        // Not a log line of ours; keep it for the error message.
      }
    });
  });
  return {
    url: `http://${address}`,
    logs,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
