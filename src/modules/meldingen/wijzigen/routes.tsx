// Inzien and Wijzigen verzuim (manual §4.2.1, §4.2.2; R-RAA-2 … R-RAA-5), thin: the melding page
// (Afb. 36 / 38) with Opslaan, "Opnieuw beginnen vanaf de nieuwe versie" and "Wijzigingen
// ongedaan maken", and the wizard's own steps in edit mode under the melding's URL
// (/verzuim/meldingen/:nummer/wijzigen/:stap, wizard/handler.tsx stapRoutes).
import type { FastifyInstance } from 'fastify';
import { formValues, str } from '../../../platform/http/form';
import { wijzigenScherm as w } from './messages';
import type { Services } from '../../../services';
import { wijzigActor } from '../actor';
import { MeldingPagina, wijzigStapPad } from '../views/melding';
import { meldingPad } from '../views/zoeken';
import { stapRoutes } from '../wizard/handler';

const raadplegen = { config: { ability: 'verzuim.raadplegen' as const } };
type MetNummer = { Params: { nummer: string } };

export function wijzigenRoutes(app: FastifyInstance, sv: Services): void {
  const svc = sv.meldingen.wijzigen;

  async function toonPagina(request: Parameters<Services['sendPage']>[0], reply: Parameters<Services['sendPage']>[1], nummer: string, status = 200) {
    const p = await svc.pagina(wijzigActor(request), nummer);
    const kanWijzigen = p.acties.includes('wijzigen');
    const title = kanWijzigen ? w.titelWijzigen(p.melding.nummer) : w.titelRaadplegen(p.melding.nummer);
    return sv.sendPage(request, reply, { title, privacyWarning: true, status }, <MeldingPagina p={p} csrf={request.session!.csrfToken} />);
  }

  app.get<MetNummer>('/verzuim/meldingen/:nummer', raadplegen, async (request, reply) => toonPagina(request, reply, request.params.nummer));

  app.post<MetNummer>('/verzuim/meldingen/:nummer', raadplegen, async (request, reply) => {
    const actor = wijzigActor(request);
    const nummer = request.params.nummer;
    const knop = str(formValues(request.body), 'actie');
    const terug = async (flash: string) => {
      await sv.sessions.setFlash(request.session!, flash);
      return reply.redirect(meldingPad(nummer), 303);
    };
    if (knop === 'ongedaan') {
      await svc.ongedaanMaken(actor, nummer);
      return terug(w.ongedaanGemaakt);
    }
    if (knop === 'opnieuw') {
      const r = await svc.opnieuwBeginnen(actor, nummer);
      return r ? terug(w.herbaseerd(r.versie)) : reply.redirect(meldingPad(nummer), 303);
    }
    const r = await svc.opslaan(actor, nummer);
    if (r.soort === 'opgeslagen') return terug(w.opgeslagen(r.versie));
    if (r.soort === 'geen_wijziging') return terug(w.geenWijziging);
    if (r.soort === 'onvolledig') return reply.redirect(wijzigStapPad(nummer, r.stap.pad), 303);
    // Refused (someone saved first, or the status no longer allows it): the page says why, the edit is kept.
    return toonPagina(request, reply, nummer, 409);
  });

  stapRoutes(app, sv, {
    prefix: '/verzuim/meldingen/:nummer/wijzigen',
    ability: 'verzuim.raadplegen',
    titelPrefix: w.titelPrefix,
    wijzigen: true,
    async laad(request) {
      const actor = wijzigActor(request);
      const nummer = request.params.nummer ?? '';
      const st = await svc.sessie(actor, nummer);
      if (!st) return { weg: meldingPad(nummer) };
      const pagina = meldingPad(st.melding.nummer);
      return {
        actor,
        feiten: st.feiten,
        invoer: st.invoer,
        voltooid: st.voltooid,
        wijzigen: st.wijzigen,
        stapUrl: (pad) => wijzigStapPad(st.melding.nummer, pad),
        overzichtUrl: pagina,
        beginUrl: pagina,
        verborgen: { basisVersie: String(st.basisVersie) },
        bewaar: (invoer, voltooid, post) => svc.bewaar(actor, st, invoer, voltooid, str(post, 'basisVersie')),
      };
    },
  });
}
