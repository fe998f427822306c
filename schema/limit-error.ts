import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../services/error-codes.js';

/** How a refusal is answered over HTTP (Apollo reads `extensions.http`). */
export interface RefusalHttp {
  status: number;
  headers?: Map<string, string>;
}

/** A request refused by a protection limit before any resolver ran; its code survives Apollo's wrapping. */
export class LimitError extends GraphQLError {
  constructor(code: ErrorCode, message: string, limit: number, found: number, http: RefusalHttp = { status: 400 }) {
    super(message, { extensions: { code, limit, found, http } });
  }
}
