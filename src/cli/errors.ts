/** A problem with the command line or its input: reported on one line of stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
