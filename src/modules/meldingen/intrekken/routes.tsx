// Melding intrekken (R-INT-1, R-INT-2, manual §4.2.3), thin: parse → service → page. The form
// posts the version it showed, so a change made meanwhile is a conflict, not a silent overwrite.
import type { FastifyInstance } from 'fastify';
import { formValues, str } from '../../../platform/http/form';
import { intrekkenScherm as t } from './messages';
import type { Services } from '../../../services';
import { meldingActor } from '../actor';
import { IngetrokkenPagina, IntrekkenPagina, meldingUrl, NietIntrekbaar } from './views';

const opvoeren = { config: { ability: 'verzuim.opvoeren' as const } };
type MetNummer = { Params: { nummer: string } };

export const INTREKKEN_PAD = '/verzuim/meldingen/:nummer/intrekken';
const INGETROKKEN_PAD = '/verzuim/meldingen/:nummer/intrekken/ingetrokken';

export function intrekkenRoutes(app: FastifyInstance, sv: Services): void {
  const svc = sv.meldingen.intrekken;

  app.get<MetNummer>(INTREKKEN_PAD, opvoeren, async (request, reply) => {
    const m = await svc.formulier(meldingActor(request), request.params.nummer);
    const title = t.titel(m.nummer);
    if (!m.magIntrekken) return sv.sendPage(request, reply, { title }, <NietIntrekbaar m={m} />);
    return sv.sendPage(request, reply, { title, privacyWarning: true }, <IntrekkenPagina m={m} grenzen={svc.grenzen()} csrf={request.session!.csrfToken} />);
  });

  app.post<MetNummer>(INTREKKEN_PAD, opvoeren, async (request, reply) => {
    const values = formValues(request.body);
    const r = await svc.intrekken(meldingActor(request), request.params.nummer, values);
    if (r.soort === 'ingetrokken') return reply.redirect(meldingUrl(r.nummer, '/intrekken/ingetrokken'), 303);
    const title = t.titel(r.melding.nummer);
    if (r.soort === 'niet_toegestaan') return sv.sendPage(request, reply, { title, status: 409 }, <NietIntrekbaar m={r.melding} />);
    const kept = { reden: str(values, 'reden'), toelichting: str(values, 'toelichting') };
    const csrf = request.session!.csrfToken;
    const grenzen = svc.grenzen();
    if (r.soort === 'conflict') {
      return sv.sendPage(request, reply, { title, status: 409, privacyWarning: true }, <IntrekkenPagina m={r.melding} grenzen={grenzen} csrf={csrf} values={kept} conflict />);
    }
    return sv.sendPage(request, reply, { title, errors: r.errors, privacyWarning: true }, <IntrekkenPagina m={r.melding} grenzen={grenzen} csrf={csrf} values={kept} errors={r.errors} />);
  });

  app.get<MetNummer>(INGETROKKEN_PAD, opvoeren, async (request, reply) => {
    const m = await svc.ingetrokken(meldingActor(request), request.params.nummer);
    // Only a withdrawn melding has a confirmation; otherwise back to the form.
    if (m.status !== 'I') return reply.redirect(meldingUrl(m.nummer, '/intrekken'), 303);
    return sv.sendPage(request, reply, { title: t.ingetrokkenTitel }, <IngetrokkenPagina m={m} />);
  });
}
