// HTTP authentication for the SPARQL clients: a fetch that answers the server's challenge
// with HTTP Digest (RFC 7616 with MD5 and qop=auth, what Virtuoso asks for) or Basic. The
// password goes only to a server that asked for it, and only after its 401; the challenge
// is kept, so later requests are authorised at once (a new one is taken when the server
// says the nonce is stale). Request bodies must be strings or URLSearchParams: a 401 means
// sending the body again. Node-only (MD5 from node:crypto).
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

type Fetch = typeof fetch;

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** The parameters of a `Digest` challenge (quoted or token values). */
export function parseChallenge(header: string): { scheme: string; params: Map<string, string> } {
  const scheme = /^\s*(\S+)/.exec(header)?.[1]?.toLowerCase() ?? '';
  const params = new Map<string, string>();
  for (const m of header.slice(header.indexOf(scheme) + scheme.length).matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g))
    params.set(m[1]!.toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!);
  return { scheme, params };
}

interface Digest {
  realm: string;
  nonce: string;
  opaque?: string;
  qop?: string;
  count: number;
}

/** The Authorization header for one request under a digest challenge (RFC 7616, MD5). */
export function digestAuthorization(d: Digest, credentials: Credentials, method: string, uri: string, cnonce = randomBytes(8).toString('hex')): string {
  const nc = (++d.count).toString(16).padStart(8, '0');
  const ha1 = md5(`${credentials.user}:${d.realm}:${credentials.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const response = d.qop ? md5(`${ha1}:${d.nonce}:${nc}:${cnonce}:${d.qop}:${ha2}`) : md5(`${ha1}:${d.nonce}:${ha2}`);
  const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const fields = [`username=${quoted(credentials.user)}`, `realm=${quoted(d.realm)}`, `nonce=${quoted(d.nonce)}`, `uri=${quoted(uri)}`, 'algorithm=MD5'];
  if (d.qop) fields.push(`qop=${d.qop}`, `nc=${nc}`, `cnonce=${quoted(cnonce)}`);
  fields.push(`response=${quoted(response)}`);
  if (d.opaque !== undefined) fields.push(`opaque=${quoted(d.opaque)}`);
  return `Digest ${fields.join(', ')}`;
}

/** The challenges of a 401 (a server may offer several, one header each or comma-joined). */
function challenges(response: Response): string[] {
  const header = response.headers.get('www-authenticate') ?? '';
  return header.split(/,\s*(?=(?:Digest|Basic|Bearer|Negotiate)\b)/i).filter(Boolean);
}

/** A fetch that authenticates as `credentials` when a server asks; without them, plain fetch. */
export function authenticatingFetch(credentials: Credentials | undefined, base: Fetch = fetch): Fetch {
  if (!credentials) return base;
  let digest: Digest | undefined;
  let basic = false;
  const authorization = (method: string, url: URL): string | undefined => {
    if (digest) return digestAuthorization(digest, credentials, method, url.pathname + url.search);
    if (basic) return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
    return undefined;
  };
  const send = (input: string | URL, init: RequestInit) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const auth = authorization(init.method ?? 'GET', url);
    if (auth) headers.set('authorization', auth);
    return base(url, { ...init, headers });
  };
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    if (input instanceof Request) throw new TypeError('authenticatingFetch takes a URL and init, not a Request');
    const first = await send(input, init);
    if (first.status !== 401) return first;
    const offered = challenges(first).map(parseChallenge);
    const d = offered.find((c) => c.scheme === 'digest');
    const stale = d?.params.get('stale')?.toLowerCase() === 'true';
    // Already answered this challenge and still refused, with a nonce that is not stale: wrong credentials.
    if ((digest && !stale) || (basic && !d)) return first;
    if (d) {
      const qop = d.params.get('qop');
      digest = { realm: d.params.get('realm') ?? '', nonce: d.params.get('nonce') ?? '', opaque: d.params.get('opaque'), count: 0 };
      if (qop)
        digest.qop = qop
          .split(',')
          .map((q) => q.trim())
          .includes('auth')
          ? 'auth'
          : undefined;
      if (digest.opaque === undefined) delete digest.opaque;
    } else if (offered.some((c) => c.scheme === 'basic')) basic = true;
    else return first;
    await first.arrayBuffer().catch(() => undefined);
    return send(input, init);
  }) as Fetch;
}
