/** A bug or a broken environment (invalid dialog, bad config, storage down): thrown, caught once per boundary. */
export class AppError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** A dialog file that does not validate. */
export class DialogError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-dialog', message, options);
    this.name = 'DialogError';
  }
}
