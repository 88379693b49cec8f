// The fixed set of errors a use case may raise; the error handler maps each to a status and
// a page (or, later, problem+json for the API). Anything else is a 500 without internals.
export type AppErrorCode = 'niet_gevonden' | 'geen_toegang' | 'sessie_verlopen' | 'andere_herkomst' | 'conflict' | 'ongeldig';

const STATUS: Record<AppErrorCode, number> = {
  niet_gevonden: 404,
  geen_toegang: 403,
  sessie_verlopen: 403,
  andere_herkomst: 403,
  conflict: 409,
  ongeldig: 400,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = () => new AppError('niet_gevonden');
