import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { authenticatingFetch, digestAuthorization, parseChallenge } from './http-auth.ts';

describe('HTTP digest', () => {
  it('computes the response of RFC 2617’s example', () => {
    const header = digestAuthorization(
      { realm: 'testrealm@host.com', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', opaque: '5ccc069c403ebaf9f0171e9517f40e41', qop: 'auth', count: 0 },
      { user: 'Mufasa', password: 'Circle Of Life' },
      'GET',
      '/dir/index.html',
      '0a4f113b',
    );
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
  });

  it('reads a challenge with quoted and bare values', () => {
    const { scheme, params } = parseChallenge('Digest realm="SPARQL", domain="/x", nonce="ab\\"c", stale=false, qop="auth", algorithm="MD5"');
    expect(scheme).toBe('digest');
    expect(Object.fromEntries(params)).toEqual({ realm: 'SPARQL', domain: '/x', nonce: 'ab"c', stale: 'false', qop: 'auth', algorithm: 'MD5' });
  });
});

describe('authenticatingFetch', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  /** A server asking for Basic auth, recording what each request sent. */
  async function server() {
    const seen: Array<string | undefined> = [];
    const s = createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization === `Basic ${Buffer.from('u:p').toString('base64')}`) res.writeHead(200).end('ok');
      else res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    close = () => s.close();
    const { port } = s.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/`, seen };
  }

  it('sends the password only after the server asks, then with every request', async () => {
    const { url, seen } = await server();
    const f = authenticatingFetch({ user: 'u', password: 'p' });
    expect((await f(url, { method: 'POST', body: 'x' })).status).toBe(200);
    expect((await f(url)).status).toBe(200);
    expect(seen.map((a) => a?.split(' ')[0])).toEqual([undefined, 'Basic', 'Basic']);
  });

  it('gives the 401 back when the credentials are wrong, without asking again and again', async () => {
    const { url, seen } = await server();
    expect((await authenticatingFetch({ user: 'u', password: 'wrong' })(url)).status).toBe(401);
    expect(seen).toHaveLength(2);
  });
});
