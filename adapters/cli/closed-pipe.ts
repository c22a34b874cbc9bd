/**
 * Ends the process quietly when the reader of its output goes away ("| head", a closed pipe): what was
 * shown is already stored, and a person should never see a stack trace for it. Another write error is
 * said in one line and exits with 1.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`Could not write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}
