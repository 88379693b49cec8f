// Registers for functioneel beheer (ability 'registers.beheren'): upload one register file,
// the history of imports and each import's report (R-REG-3). The upload streams through
// @fastify/multipart, registered for that one route only, into a temporary file, and runs
// the same import service as `verzuimloket importeren`; the service keeps the bookkeeping
// row and writes the audit line.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { AppError, notFound } from '../../platform/http/errors';
import { registerImportMessages as t } from '../../platform/messages/registers';
import type { FieldError } from '../../platform/ui/error-summary';
import { parseOverzichtState, type QueryInput } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { IMPORT_SORTS } from './import/import.repository';
import { KINDS } from './import/kinds';
import type { RowError } from './import/types';
import { checkUpload, formatBytes, otherKindByHeader } from './upload/checks';
import { receiveUpload, UPLOAD_FIELDS, withUpload } from './upload/receive';
import { ImportPagina, REGISTERS_PAD, RegistersPagina } from './views/imports';
import { FORMAAT_PAD, FormaatPagina, UploadForm } from './views/upload';

/** How many bad rows the page shows after a refused upload; the rest are counted. */
export const UPLOAD_ERRORS_SHOWN = 100;

/** What the Registers page shows around its form after a post. */
interface FormState {
  status?: number;
  errors?: FieldError[];
  /** The chosen kind, kept. */
  soort?: string;
  /** A refused file: its bad rows (the first UPLOAD_ERRORS_SHOWN) and the link to its report. */
  refused?: { importId: string; fouten: RowError[]; meer: number };
}

type UploadOutcome = { loaded: { importId: string; file: string } } | { form: FormState };

export function registersRoutes(app: FastifyInstance, s: Services) {
  const config = { ability: 'registers.beheren' } as const;
  const maxBytes = s.config.registerUploadMaxBytes;

  /** The Registers page: the form (with what came back from a post), then the history. */
  async function registersPage(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState = {},
  ) {
    const query = (request.method === 'GET' ? request.query : {}) as QueryInput;
    const state = parseOverzichtState(query, { sortable: IMPORT_SORTS, defaultSort: 'gestart', defaultDir: 'desc' });
    const first = await s.registerImport.history({ sort: state.sort, dir: state.dir, offset: (state.page - 1) * state.perPage, limit: state.perPage });
    // A page past the end shows the last one (Overzicht clamps its controls the same way).
    const lastPage = Math.max(1, Math.ceil(first.total / state.perPage));
    const page = state.page > lastPage ? await s.registerImport.history({ sort: state.sort, dir: state.dir, offset: (lastPage - 1) * state.perPage, limit: state.perPage }) : first;
    const formView: ComponentChildren = (
      <UploadForm csrf={request.session!.csrfToken} kinds={KINDS} soort={form.soort} maxSize={formatBytes(maxBytes)} errors={form.errors} />
    );
    return s.sendPage(
      request,
      reply,
      { title: t.titel, status: form.status, errors: form.errors },
      <RegistersPagina rows={page.rows} total={page.total} state={state} query={query} form={formView} refused={form.refused} />,
    );
  }

  app.get(REGISTERS_PAD, { config }, (request, reply) => registersPage(request, reply));

  app.get(FORMAAT_PAD, { config }, (request, reply) => s.sendPage(request, reply, { title: t.upload.formaatTitel }, <FormaatPagina kinds={KINDS} />));

  app.get<{ Params: { id: string } }>(`${REGISTERS_PAD}/:id`, { config }, async (request, reply) => {
    const { id } = request.params;
    const imp = /^\d{1,18}$/.test(id) ? await s.registerImport.get(id) : undefined;
    if (!imp) throw notFound();
    return s.sendPage(request, reply, { title: t.importTitel(imp.bestandsnaam) }, <ImportPagina imp={imp} />);
  });

  /** Receives, checks and imports one uploaded file: loaded, or the form to show again. */
  async function upload(request: FastifyRequest, dir: string): Promise<UploadOutcome> {
    const received = await receiveUpload(request, dir);
    if (!received.csrf) throw new AppError('sessie_verlopen');
    const soort = received.soort;
    const check = checkUpload(received, maxBytes);
    if (!check.ok) return { form: { status: check.status, errors: check.errors, soort } };
    const { kind, file } = check;
    const other = await otherKindByHeader(file.path, kind);
    if (other) return { form: { errors: [{ field: UPLOAD_FIELDS.soort, text: t.upload.verkeerdeSoort(t.soorten[other.soort], t.soorten[kind.soort]) }], soort } };

    const user = request.user!;
    const door = { gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip };
    const [report] = await s.registerImport.importFiles([{ kind, path: file.path, name: file.name }], { door });
    if (!report) throw new Error('the import gave no report');
    if (report.resultaat === 'geladen') return { loaded: { importId: report.importId, file: file.name } };
    const fouten = report.errors.slice(0, UPLOAD_ERRORS_SHOWN);
    const meer = report.moreErrors + report.errors.length - fouten.length;
    const text = t.upload.afgekeurd(file.name, report.errors.length + report.moreErrors);
    return { form: { errors: [{ field: UPLOAD_FIELDS.bestand, text }], soort, refused: { importId: report.importId, fouten, meer } } };
  }

  // The upload, in its own encapsulated context: only this route parses multipart bodies, with
  // its own size limit. The request pipeline has checked login and ability before the body is
  // read; the CSRF token is the first part of the stream (config csrf: 'multipart').
  app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: false, // receiveUpload looks at `truncated` and answers with the form
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 6, fieldSize: 1024, fieldNameSize: 64, headerPairs: 64 },
    });
    scope.post(REGISTERS_PAD, { config: { ...config, csrf: 'multipart' } }, async (request, reply) => {
      // The temporary file is gone before the answer is sent.
      const outcome = await withUpload((dir) => upload(request, dir));
      if ('loaded' in outcome) {
        await s.sessions.setFlash(request.session!, t.upload.geladen(outcome.loaded.file));
        return reply.redirect(`${REGISTERS_PAD}/${outcome.loaded.importId}`, 303);
      }
      return registersPage(request, reply, outcome.form);
    });
  });
}
