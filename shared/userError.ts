/**
 * An error a user reads: its message is Dutch, comes from the catalogue (shared/i18n/nl/) and
 * says what to do. Screens show `message` as it is. Every other error is a programming error,
 * written in English for the log, and screens show a general message for it.
 */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UserError';
  }
}
