import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type Claims = Record<string, unknown> & { exp?: number; aud?: string; tid?: string; oid?: string };

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * JWT-shaped tokens (HS256) for the fakes: Entra signs them, Graph verifies them with the same key, so a
 * forged, expired or wrong-audience token is refused the way the real services refuse one.
 */
export class FakeTokenSigner {
  private readonly key = randomBytes(32);

  sign(claims: Claims): string {
    const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'fake' }));
    const body = b64url(JSON.stringify(claims));
    const sig = createHmac('sha256', this.key).update(`${head}.${body}`).digest();
    return `${head}.${body}.${b64url(sig)}`;
  }

  /** Claims of a token this signer issued and that has not expired; undefined otherwise. */
  verify(token: string, nowSec = Math.floor(Date.now() / 1000)): Claims | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const expected = createHmac('sha256', this.key).update(`${parts[0]}.${parts[1]}`).digest();
    const actual = Buffer.from(parts[2], 'base64url');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Claims;
      if (typeof claims.exp === 'number' && claims.exp <= nowSec) return undefined;
      return claims;
    } catch {
      return undefined;
    }
  }
}
