// Builds the knowledge base and the explorer once, serves dist/ on a free local port for
// the browser tests, and stops the server afterwards.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The sources, not lib/: the browser tests check the code as it is now.
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'build'], { stdio: 'pipe' });
  await build({ logLevel: 'warn' });
  const port = await freePort();
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
