// Registers for functioneel beheer (ability 'registers.beheren'): upload one register file,
// the history of imports and each import's report (R-REG-3). The upload streams through
// @fastify/multipart, registered for that one route only, into a temporary file, and runs
// the same import service as `verzuimloket importeren`; the service keeps the bookkeeping
// row and writes the audit line.
import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { AppError, notFound } from '../../platform/http/errors';
import { parseForm } from '../../platform/http/form';
import { registerImportMessages as t } from './messages';
import type { FieldError } from '../../platform/ui/error-summary';
import { parseOverzichtState, type QueryInput } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { IMPORT_SORTS } from './import/import.repository';
import { KINDS } from './import/kinds';
import type { RegisterSoort, RowError } from './import/types';
import { checkUpload, formatBytes, otherKindByHeader } from './upload/checks';
import { CONFIRM_FIELDS, receiveUpload, UPLOAD_FIELDS, withUpload } from './upload/receive';
import { BevestigenPagina, type Bevestiging } from './views/bevestigen';
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

/** The confirmation page after a post: what it asks, and why it came back. */
interface ConfirmState {
  status: number;
  errors: FieldError[];
  b: Bevestiging;
}

type UploadOutcome = { loaded: { importId: string; file: string } } | { form: FormState } | { confirm: ConfirmState };

/** The confirmation form's hidden fields (views/bevestigen.tsx); absent on the ordinary upload form. */
const confirmSchema = z.object({
  [CONFIRM_FIELDS.sha256]: z.string().regex(/^[0-9a-f]{64}$/),
  [CONFIRM_FIELDS.aantal]: z.coerce.number().int().positive(),
  [CONFIRM_FIELDS.huidig]: z.coerce.number().int().positive(),
  [CONFIRM_FIELDS.naam]: z.string().max(200),
});

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

  /** Receives, checks and imports one uploaded file: loaded, or the form or confirmation page to show again. */
  async function upload(request: FastifyRequest, dir: string): Promise<UploadOutcome> {
    const received = await receiveUpload(request, dir);
    if (!received.csrf) throw new AppError('sessie_verlopen');
    const soort = received.soort;
    // Posted from the confirmation page: what it asked, to ask again when something is missing.
    const parsed = parseForm(confirmSchema, received.fields);
    const asked: Bevestiging | undefined =
      parsed.ok && KINDS.some((k) => k.soort === soort)
        ? {
            soort: soort as RegisterSoort,
            naam: parsed.data[CONFIRM_FIELDS.naam],
            sha256: parsed.data[CONFIRM_FIELDS.sha256],
            aantal: parsed.data[CONFIRM_FIELDS.aantal],
            huidig: parsed.data[CONFIRM_FIELDS.huidig],
          }
        : undefined;
    const ticked = received.fields[CONFIRM_FIELDS.bevestigd] === 'ja';
    const check = checkUpload(received, maxBytes);
    if (!check.ok) return asked ? { confirm: { status: check.status, errors: check.errors, b: asked } } : { form: { status: check.status, errors: check.errors, soort } };
    if (asked && !ticked) return { confirm: { status: 400, errors: [{ field: CONFIRM_FIELDS.bevestigd, text: t.bevestigen.aanvinken }], b: asked } };
    const { kind, file } = check;
    const other = await otherKindByHeader(file.path, kind);
    if (other) return { form: { errors: [{ field: UPLOAD_FIELDS.soort, text: t.upload.verkeerdeSoort(t.soorten[other.soort], t.soorten[kind.soort]) }], soort } };

    const user = request.user!;
    const door = { gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip };
    const bevestigBeeindigen = asked ? { sha256: asked.sha256, aantal: asked.aantal } : undefined;
    const [report] = await s.registerImport.importFiles([{ kind, path: file.path, name: file.name }], { door, bevestigBeeindigen });
    if (!report) throw new Error('the import gave no report');
    if (report.resultaat === 'geladen') return { loaded: { importId: report.importId, file: file.name } };
    if (report.massEnd) {
      const b = { soort: kind.soort, naam: file.name, sha256: report.massEnd.sha256, aantal: report.massEnd.ending, huidig: report.massEnd.current };
      // Asked for the first time: a question, not an error. Again: the file or count differs from what was confirmed.
      return { confirm: asked ? { status: 400, errors: [{ field: UPLOAD_FIELDS.bestand, text: t.bevestigen.anders }], b } : { status: 200, errors: [], b } };
    }
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
      limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 10, fieldSize: 1024, fieldNameSize: 64, headerPairs: 64 },
    });
    scope.post(REGISTERS_PAD, { config: { ...config, csrf: 'multipart' } }, async (request, reply) => {
      // The temporary file is gone before the answer is sent.
      const outcome = await withUpload((dir) => upload(request, dir));
      if ('loaded' in outcome) {
        await s.sessions.setFlash(request.session!, t.upload.geladen(outcome.loaded.file));
        return reply.redirect(`${REGISTERS_PAD}/${outcome.loaded.importId}`, 303);
      }
      if ('confirm' in outcome) {
        const { status, errors, b } = outcome.confirm;
        return s.sendPage(request, reply, { title: t.bevestigen.titel, status, errors }, <BevestigenPagina csrf={request.session!.csrfToken} b={b} errors={errors} />);
      }
      return registersPage(request, reply, outcome.form);
    });
  });
}
