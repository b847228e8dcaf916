/** A failure the person at the terminal can act on: printed as is, without a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A mistake on the command line; the usage text follows the message. */
export class UsageError extends UserError {
  override name = 'UsageError';
}
