// A real triple store for the tests and the benchmark: Debian's Virtuoso 7 (virtuoso-t),
// started with a private ini and data directory on free loopback ports, ready when its
// SPARQL endpoint answers, killed and removed after. Where virtuoso-t is missing the tests
// that need it are skipped with a message saying how to install it; under CI=true (CI
// installs it: see .ci/run) a missing binary is an error instead.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIRTUOSO_BIN = process.env.VIRTUOSO_BIN ?? 'virtuoso-t';
const INSTALL = 'apt-get install -y --no-install-recommends virtuoso-opensource';

export interface Virtuoso {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  origin: string;
  /** The public SPARQL query endpoint (no update rights). */
  sparql: string;
  /** SPARQL query and update with HTTP digest auth (the dba account). */
  sparqlAuth: string;
  /** The SPARQL 1.1 Graph Store HTTP Protocol endpoint with HTTP digest auth. */
  graphStore: string;
  user: string;
  password: string;
  /** The server's data directory (its log is virtuoso.log there). */
  dir: string;
  /** The virtuoso-t process, for its memory (/proc/<pid>/status). */
  pid: number | undefined;
  /** Kills the server and removes its data directory. */
  stop(): Promise<void>;
}

export interface VirtuosoOptions {
  /** 8 KiB pages in memory (Virtuoso's NumberOfBuffers); the default suits a test's few thousand triples. */
  buffers?: number;
  /** How long to wait for the server to answer, in ms. */
  timeout?: number;
  /** Virtuoso's MaxQueryExecutionTime, in seconds (0: none); it bounds updates too, such as a load's MOVE. */
  queryTimeout?: number;
}

/**
 * Whether virtuoso-t can run here. Missing: false with a message on stderr, so the caller
 * skips its tests; under CI=true it throws, as CI installs the package.
 */
export function virtuosoAvailable(): boolean {
  const probe = spawnSync(VIRTUOSO_BIN, ['--help'], { encoding: 'utf8' });
  if (!probe.error) return true;
  const message = `${VIRTUOSO_BIN} (Virtuoso 7) is missing: ${INSTALL}`;
  if (process.env.CI === 'true') throw new Error(`${message} (required under CI=true)`);
  process.stderr.write(`skipping the Virtuoso tests: ${message}\n`);
  return false;
}

/** A loopback port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number, buffers: number, queryTimeout: number): string {
  const file = (name: string) => join(dir, name);
  return `[Database]
DatabaseFile = ${file('virtuoso.db')}
ErrorLogFile = ${file('virtuoso.log')}
LockFile = ${file('virtuoso.lck')}
TransactionFile = ${file('virtuoso.trx')}
xa_persistent_file = ${file('virtuoso.pxa')}
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${file('virtuoso-temp.db')}
TransactionFile = ${file('virtuoso-temp.trx')}
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., ${dir}
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.floor(buffers * 0.75)}
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
; Virtuoso's default of 10,000 rows would cut longer answers short without saying so.
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = ${queryTimeout}
MaxQueryCostEstimationTime = 0
`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(sparql: string): Promise<boolean> {
  try {
    const response = await fetch(`${sparql}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const running = new Set<ChildProcess>();
let exitHook = false;

/** Starts a private Virtuoso; call `stop()` after (an exiting test process kills it too). */
export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  const timeout = options.timeout ?? 90_000;
  const dir = mkdtempSync(join(tmpdir(), 'faktograf-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const config = join(dir, 'virtuoso.ini');
  writeFileSync(config, ini(dir, sqlPort, httpPort, options.buffers ?? 10_000, options.queryTimeout ?? 120));
  const child = spawn(VIRTUOSO_BIN, ['+configfile', config, '+foreground'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  child.on('error', (e) => (exited = e.message));
  running.add(child);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
  const stop = async () => {
    running.delete(child);
    if (exited === undefined) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${httpPort}`;
  const sparql = `${origin}/sparql`;
  const deadline = Date.now() + timeout;
  while (!(await answers(sparql))) {
    if (exited !== undefined || Date.now() > deadline) {
      let log = '';
      try {
        log = readFileSync(join(dir, 'virtuoso.log'), 'utf8').split('\n').slice(-15).join('\n');
      } catch {}
      await stop();
      const why = exited !== undefined ? `exited (${exited})` : `did not answer within ${timeout / 1000} s`;
      throw new Error(`Virtuoso ${why} on ${origin}:\n${stderr}${log}`);
    }
    await sleep(200);
  }
  return {
    origin,
    sparql,
    sparqlAuth: `${origin}/sparql-auth`,
    graphStore: `${origin}/sparql-graph-crud-auth`,
    user: 'dba',
    password: 'dba',
    dir,
    pid: child.pid,
    stop,
  };
}
