// Actions on a user that take effect at once (issue: reset a user's TOTP, block a user), each
// as data: a confirmation page (GET) saying what will happen, then the POST with the CSRF
// token, then back to the user's page with a notice. "Annuleren" is a link and changes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { beheerMessages } from './messages';
import type { Services } from '../../../services';
import type { GebruikerRow } from '../auth.tables';
import type { Actor, ServiceResult } from '../../../platform/service-result';
import { blokkerenBesluit, type Besluit } from './rules';
import { actorOf, gebruikerOf, type IdParams } from './request';
import { Bevestigen } from './views/bevestigen';
import { GEBRUIKERS_PAD } from './views/gebruikers';

const m = beheerMessages.bevestigen;
const route = { config: { ability: 'gebruikers.beheren' as const } };

interface Actie {
  teksten: { titel: string; tekst: (naam: string) => string; knop: string; klaar: string };
  /** Asked on the page and again by the service: the page only hides what would be refused. */
  weigering: (actor: string, gebruiker: GebruikerRow) => Besluit;
  uitvoeren: (s: Services, gebruiker: GebruikerRow, actor: Actor) => Promise<ServiceResult>;
}

const ACTIES: Record<string, Actie> = {
  'token-resetten': {
    teksten: m.tokenResetten,
    weigering: () => null,
    uitvoeren: async (s, g, actor) => {
      await s.gebruikers.resetTotp(g.id, actor);
      return { ok: true, value: undefined };
    },
  },
  blokkeren: {
    teksten: m.blokkeren,
    weigering: (actor, g) => blokkerenBesluit(actor, g.id),
    uitvoeren: (s, g, actor) => s.gebruikers.setGeblokkeerd(g.id, true, actor),
  },
  deblokkeren: {
    teksten: m.deblokkeren,
    weigering: () => null,
    uitvoeren: (s, g, actor) => s.gebruikers.setGeblokkeerd(g.id, false, actor),
  },
};

export function actieRoutes(app: FastifyInstance, s: Services) {
  for (const [pad, actie] of Object.entries(ACTIES)) {
    // A refusal on the GET is information; on the POST it is an error (400, error summary).
    const page = (request: FastifyRequest, reply: FastifyReply, g: GebruikerRow, weigering: Besluit, alsFout = false) =>
      s.sendPage(
        request,
        reply,
        { title: actie.teksten.titel, errors: alsFout && weigering ? [{ field: 'bevestigen', text: weigering }] : undefined },
        <Bevestigen
          tekst={actie.teksten.tekst(`${g.weergavenaam} (${g.gebruikersnaam})`)}
          knop={actie.teksten.knop}
          actie={`${GEBRUIKERS_PAD}/${g.id}/${pad}`}
          terug={`${GEBRUIKERS_PAD}/${g.id}`}
          csrf={request.session!.csrfToken}
          weigering={weigering}
        />,
      );

    app.get<IdParams>(`${GEBRUIKERS_PAD}/:id/${pad}`, route, async (request, reply) => {
      const g = await gebruikerOf(s, request.params.id);
      return page(request, reply, g, actie.weigering(request.user!.id, g));
    });

    app.post<IdParams>(`${GEBRUIKERS_PAD}/:id/${pad}`, route, async (request, reply) => {
      const g = await gebruikerOf(s, request.params.id);
      const result = await actie.uitvoeren(s, g, actorOf(request));
      if (!result.ok) return page(request, reply, g, result.message, true);
      // Acting on oneself (a token reset) ends one's own session; the notice then goes nowhere.
      await s.sessions.setFlash(request.session!, actie.teksten.klaar);
      return reply.redirect(`${GEBRUIKERS_PAD}/${g.id}`, 303);
    });
  }
}
