/**
 * Expected errors: their message is written for the user and shown as is.
 * Anything else is logged with the request id and shown generically.
 */
export class AppError extends Error {
  constructor(
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "PROVIDER",
    message: string,
    readonly status: number = statusFor(code),
  ) {
    super(message);
    this.name = "AppError";
  }
}

function statusFor(code: AppError["code"]): number {
  switch (code) {
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "INVALID":
      return 400;
    case "PROVIDER":
      return 502;
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. It has been logged; please try again.";
