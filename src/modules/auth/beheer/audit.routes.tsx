// Searching the audit log (R-PRIV-1: "Functioneel beheer can search it"). Looking is itself
// written to the log by the search (actie 'audit_ingezien').
import type { FastifyInstance } from 'fastify';
import type { AuditSort } from '../../../platform/audit/audit.repository';
import { zoekAuditLog } from '../../../platform/audit/audit.service';
import { parseForm } from '../../../platform/http/form';
import { beheerMessages } from './messages';
import { parseOverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import type { Services } from '../../../services';
import { auditFilter, auditZoekSchema } from './audit.schema';
import { actorOf } from './request';
import { AUDIT_PAD, AuditPagina } from './views/audit';

const SORTEERBAAR: readonly AuditSort[] = ['tijd'];

export function auditRoutes(app: FastifyInstance, s: Services) {
  app.get(AUDIT_PAD, { config: { ability: 'audit.inzien' } }, async (request, reply) => {
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, { sortable: SORTEERBAAR, defaultSort: 'tijd', defaultDir: 'desc' });
    const form = parseForm(auditZoekSchema, query);
    const title = beheerMessages.audit.titel;
    if (!form.ok) {
      return s.sendPage(request, reply, { title, errors: form.errors }, <AuditPagina values={form.values} errors={form.errors} state={state} query={query} />);
    }
    const result = await zoekAuditLog(s.db, auditFilter(form.data), state, actorOf(request));
    return s.sendPage(request, reply, { title }, <AuditPagina values={form.values} state={state} result={result} query={query} />);
  });
}
