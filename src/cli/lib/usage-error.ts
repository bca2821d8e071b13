/** Bad input found by the CLI itself (a bad CSV row, a missing file): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
