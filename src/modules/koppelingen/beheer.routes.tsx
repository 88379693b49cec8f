// Functioneel beheer of koppelingen (issue 16): the list, registering one, replacing its keys,
// deactivating and activating it. Thin: parse with the schema the service uses too, call the
// service (which audits with the actor), render or redirect with a notice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors';
import { parseForm, type FormValues } from '../../platform/http/form';
import type { FieldError } from '../../platform/ui/error-summary';
import type { Services } from '../../services';
import { isKoppelingId } from './koppelingen.repository';
import type { Actor } from '../../platform/service-result';
import type { KoppelingRow } from './koppelingen.tables';
import { koppelingenMessages } from './messages';
import { koppelingSchema, sleutelsSchema } from './rules';
import { KoppelingBevestigen, KoppelingDetail, KOPPELINGEN_PAD, KoppelingenLijst, NieuweKoppelingForm } from './views/koppelingen';

const t = koppelingenMessages;
const route = { config: { ability: 'koppelingen.beheren' as const } };
type IdParams = { Params: { id: string } };

const actorOf = (request: FastifyRequest): Actor => ({ gebruikerId: request.user!.id, gebruikersnaam: request.user!.gebruikersnaam, ip: request.ip });
/** The JWKS is a pasted block of JSON: line breaks and tabs belong to it. */
const TEKSTVAKKEN = ['jwks'] as const;

export function koppelingenBeheerRoutes(app: FastifyInstance, s: Services) {
  const k = s.koppelingen;

  async function koppelingOf(id: string): Promise<KoppelingRow> {
    const row = isKoppelingId(id) ? await k.beheer.find(id) : undefined;
    if (!row) throw notFound();
    return row;
  }

  app.get(KOPPELINGEN_PAD, route, async (request, reply) => {
    return s.sendPage(request, reply, { title: t.lijst.titel }, <KoppelingenLijst rows={await k.beheer.alle()} />);
  });

  app.get(`${KOPPELINGEN_PAD}/nieuw`, route, async (request, reply) => {
    return s.sendPage(request, reply, { title: t.nieuw.titel }, <NieuweKoppelingForm csrf={request.session!.csrfToken} />);
  });

  app.post(`${KOPPELINGEN_PAD}/nieuw`, route, async (request, reply) => {
    const form = parseForm(koppelingSchema, request.body, { tekstvakken: TEKSTVAKKEN });
    let errors: FieldError[] = form.ok ? [] : form.errors;
    if (form.ok) {
      // The service parses the same schema again (the CLI calls it with raw input) and checks the codes against the registers.
      const r = await k.beheer.registreer(form.values, actorOf(request));
      if (r.ok) {
        await s.sessions.setFlash(request.session!, t.nieuw.geregistreerd);
        return reply.redirect(`${KOPPELINGEN_PAD}/${r.value}`, 303);
      }
      errors = [{ field: r.field, text: r.message }];
    }
    return s.sendPage(request, reply, { title: t.nieuw.titel, errors }, <NieuweKoppelingForm csrf={request.session!.csrfToken} values={form.values} errors={errors} />);
  });

  const detail = (request: FastifyRequest, reply: FastifyReply, row: KoppelingRow, fout?: { errors: FieldError[]; values: FormValues }) =>
    s.sendPage(
      request,
      reply,
      { title: row.naam, errors: fout?.errors },
      <KoppelingDetail k={row} tokenEndpoint={k.adressen.tokenEndpoint} csrf={request.session!.csrfToken} errors={fout?.errors} values={fout?.values} />,
    );

  app.get<IdParams>(`${KOPPELINGEN_PAD}/:id`, route, async (request, reply) => detail(request, reply, await koppelingOf(request.params.id)));

  app.post<IdParams>(`${KOPPELINGEN_PAD}/:id/sleutels`, route, async (request, reply) => {
    const row = await koppelingOf(request.params.id);
    const form = parseForm(sleutelsSchema, request.body, { tekstvakken: TEKSTVAKKEN });
    if (!form.ok) return detail(request, reply, row, form);
    const r = await k.beheer.vervangSleutels(row.id, form.values, actorOf(request));
    if (!r.ok) return detail(request, reply, row, { errors: [{ field: r.field, text: r.message }], values: form.values });
    await s.sessions.setFlash(request.session!, t.detail.sleutelsVervangen);
    return reply.redirect(`${KOPPELINGEN_PAD}/${row.id}`, 303);
  });

  for (const [pad, actief] of [['deactiveren', false], ['activeren', true]] as const) {
    const teksten = t.bevestigen[pad];
    app.get<IdParams>(`${KOPPELINGEN_PAD}/:id/${pad}`, route, async (request, reply) => {
      const row = await koppelingOf(request.params.id);
      return s.sendPage(
        request,
        reply,
        { title: teksten.titel },
        <KoppelingBevestigen tekst={teksten.tekst(row.naam)} knop={teksten.knop} actie={`${KOPPELINGEN_PAD}/${row.id}/${pad}`} terug={`${KOPPELINGEN_PAD}/${row.id}`} csrf={request.session!.csrfToken} />,
      );
    });
    app.post<IdParams>(`${KOPPELINGEN_PAD}/:id/${pad}`, route, async (request, reply) => {
      const row = await koppelingOf(request.params.id);
      await k.beheer.zetActief(row.id, actief, actorOf(request));
      await s.sessions.setFlash(request.session!, teksten.klaar);
      return reply.redirect(`${KOPPELINGEN_PAD}/${row.id}`, 303);
    });
  }
}
