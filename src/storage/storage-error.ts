/** A broken storage environment or a caller bug (unknown id, reused hand-off id, schema newer than this code). */
export class StorageError extends Error {
  readonly code: 'not-found' | 'conflict' | 'schema-too-new' | 'corrupt-record';
  constructor(code: StorageError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}
