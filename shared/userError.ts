/**
 * An error a user reads: its message is Dutch, comes from the catalogue (shared/i18n/nl/) and
 * says what to do, so a screen may show `message` as it is. Every other error states a broken
 * invariant for the log and the problem report, in English.
 */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UserError';
  }
}
