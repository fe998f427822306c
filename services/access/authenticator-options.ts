import type { Config } from '../config.js';
import type { AuthenticatorOptions } from './authenticator.js';
import { JwtVerifier } from './jwt-verifier.js';

/** The authenticator as configured: which tokens are trusted and how long a verified credential is kept. */
export function authenticatorOptions(config: Config): AuthenticatorOptions {
  return {
    jwt: JwtVerifier.fromOptions({
      secret: config.AUTH_JWT_SECRET,
      jwksFile: config.AUTH_JWKS_FILE,
      jwksUrl: config.AUTH_JWKS_URL,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
    }),
    roleClaim: config.AUTH_JWT_ROLE_CLAIM,
    scopeClaim: config.AUTH_JWT_SCOPE_CLAIM,
    cacheMs: config.AUTH_CACHE_SECONDS * 1000,
  };
}
