/** An error the API reports to the caller as `{errors: [{msg, code}]}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string,
  ) {
    super(msg);
    this.name = 'ApiError';
  }

  toBody(): { errors: { msg: string; code: string }[] } {
    return { errors: [{ msg: this.message, code: this.code }] };
  }
}

export const unauthorized = (code: string, msg: string): ApiError => new ApiError(401, code, msg);
export const badRequest = (code: string, msg: string): ApiError => new ApiError(400, code, msg);
