// What a beheer service (users, koppelingen) answers, and who it acts for: a page's user or the
// command line. The pages put a refusal's message at its field; the CLI prints it.

/** Who acts: a logged-in user (id) or the CLI (no id, a name like `cli:<user>`). */
export interface Actor {
  gebruikerId: string | null;
  gebruikersnaam: string;
  ip?: string | null;
}

export type ServiceResult<T = void> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** Success without a value. */
export const klaar: ServiceResult = { ok: true, value: undefined };
