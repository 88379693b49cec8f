// Registers for functioneel beheer (ability 'registers.beheren'): the history of imports and
// each import's report. Uploading a file here waits for a multipart parser
// (@fastify/multipart); until then files are loaded with `verzuimloket importeren`.
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors';
import { registerImportMessages as t } from '../../platform/messages/registers';
import { parseOverzichtState, type QueryInput } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { IMPORT_SORTS } from './import/import.repository';
import { ImportPagina, REGISTERS_PAD, RegistersPagina } from './views/imports';

export function registersRoutes(app: FastifyInstance, s: Services) {
  const config = { ability: 'registers.beheren' } as const;

  app.get(REGISTERS_PAD, { config }, async (request, reply) => {
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, { sortable: IMPORT_SORTS, defaultSort: 'gestart', defaultDir: 'desc' });
    const first = await s.registerImport.history({ sort: state.sort, dir: state.dir, offset: (state.page - 1) * state.perPage, limit: state.perPage });
    // A page past the end shows the last one (Overzicht clamps its controls the same way).
    const lastPage = Math.max(1, Math.ceil(first.total / state.perPage));
    const page = state.page > lastPage ? await s.registerImport.history({ sort: state.sort, dir: state.dir, offset: (lastPage - 1) * state.perPage, limit: state.perPage }) : first;
    return s.sendPage(request, reply, { title: t.titel }, <RegistersPagina rows={page.rows} total={page.total} state={state} query={query} />);
  });

  app.get<{ Params: { id: string } }>(`${REGISTERS_PAD}/:id`, { config }, async (request, reply) => {
    const { id } = request.params;
    const imp = /^\d{1,18}$/.test(id) ? await s.registerImport.get(id) : undefined;
    if (!imp) throw notFound();
    return s.sendPage(request, reply, { title: t.importTitel(imp.bestandsnaam) }, <ImportPagina imp={imp} />);
  });
}
