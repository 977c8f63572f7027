import { ApiError, ApiErrorCode } from '../../errors/api-error';

// Cursors are opaque to clients: base64 of the position after which the next page starts.
const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset to start from after `cursor` (0 without one); a forged cursor is the client's error. */
export function offsetAfter(cursor: string | null | undefined, argument = 'after'): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `${argument} is not a cursor this API issued`, argument);
  }
  return offset + 1;
}
