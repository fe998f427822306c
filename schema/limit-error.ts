import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../services/error-codes.js';

/** A request refused by a protection limit before any resolver ran; its code survives Apollo's wrapping. */
export class LimitError extends GraphQLError {
  constructor(code: ErrorCode, message: string, limit: number, found: number) {
    super(message, { extensions: { code, limit, found, http: { status: 400 } } });
  }
}
