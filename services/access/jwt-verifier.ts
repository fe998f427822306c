import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

export interface JwtOptions {
  /** A shared secret (HS256), for development and tests. */
  secret?: string;
  /** A JWKS document on disk (the identity provider's public keys). */
  jwksFile?: string;
  /** The identity provider's JWKS endpoint, fetched and cached by jose. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/**
 * Verifies bearer JWTs against the configured keys: signature, expiry and, when configured, issuer
 * and audience. Returns the payload; throws on any failure.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly options: JwtOptions) {
    if (options.secret) {
      this.key = new TextEncoder().encode(options.secret);
      this.algorithms = ['HS256', 'HS384', 'HS512'];
    } else if (options.jwksFile) {
      this.key = createLocalJWKSet(JSON.parse(readFileSync(options.jwksFile, 'utf8')));
      this.algorithms = ASYMMETRIC;
    } else if (options.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(options.jwksUrl));
      this.algorithms = ASYMMETRIC;
    } else {
      throw new Error('JwtVerifier needs a secret, a JWKS file or a JWKS URL');
    }
  }

  async verify(token: string): Promise<JWTPayload> {
    const options = { issuer: this.options.issuer, audience: this.options.audience, algorithms: this.algorithms };
    const { payload } =
      this.key instanceof Uint8Array
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options);
    return payload;
  }

  /** Null when the configuration names no key source: tokens are then refused. */
  static fromOptions(options: JwtOptions): JwtVerifier | null {
    return options.secret || options.jwksFile || options.jwksUrl ? new JwtVerifier(options) : null;
  }
}

// Public-key algorithms an identity provider such as Keycloak signs with; "none" and HMAC are never accepted from a JWKS.
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
