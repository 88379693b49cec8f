// The one handler of the wizard (STYLE.md habit 4): for any step of steps.ts it renders, keeps
// what was typed (also invalid input, in the draft), validates on Verder, runs the step's own
// buttons, goes back on Vorige without validating, and returns to the Overzicht after a
// Wijzigen link (`?terug=overzicht`). A step whose predecessors are not complete redirects to
// the first that is not. All state is the draft in the database (R-MEL-20); the URL carries
// only its id.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, str } from '../../../platform/http/form';
import { notFound } from '../../../platform/http/errors';
import { meldingScherm as s } from '../../../platform/messages/meldingen';
import type { Services } from '../../../services';
import { meldingActor } from '../actor';
import type { RuleError } from '../rules';
import type { FormValues } from '../../../platform/http/form';
import type { AnyStap, StapData } from './stap';
import { bewaarbaar, doorloop, invoerVan, isCompleet, OVERZICHT, stapIndex, stapMetPad, STAPPEN } from './steps';
import { OverzichtView } from './views/overzicht';
import { StapPagina } from './views/stap-pagina';
import { VerzondenView } from './views/verzonden';

export const OPVOEREN = '/verzuim/opvoeren';
const TERUG = 'overzicht';
const route = { config: { ability: 'verzuim.opvoeren' as const } };
type StapRoute = { Params: { concept: string; stap: string }; Querystring: { terug?: string } };
type ConceptRoute = { Params: { concept: string } };

/** The URL of a step (or the Overzicht) of a draft, returning to the Overzicht when asked. */
export const stapUrl = (conceptId: string, pad: string, terug = false): string => `${OPVOEREN}/${conceptId}/${pad}${terug ? `?terug=${TERUG}` : ''}`;
const titel = (t: string) => `${s.titelPrefix}${t}`;

export function wizardRoutes(app: FastifyInstance, sv: Services) {
  const m = sv.meldingen;

  /** The draft, its facts, and how far its steps are complete. */
  async function laad(request: FastifyRequest, conceptId: string) {
    const actor = meldingActor(request);
    const concept = await m.concepten.vind(actor, conceptId);
    const leerling = await m.feiten.leerling(concept.pgn);
    if (!leerling) throw notFound();
    const feiten = await m.feiten.laad(actor, leerling);
    return { actor, concept, feiten, leerling, ...doorloop(concept.invoer, concept.voltooid, feiten) };
  }
  type Geladen = Awaited<ReturnType<typeof laad>>;

  /** Redirects when an earlier step than `index` is incomplete; null when the step may be shown. */
  function blokkade(g: Geladen, index: number, reply: FastifyReply) {
    const eerste = g.eersteOnvolledig;
    if (!eerste || stapIndex(eerste.stap.id) >= index) return null;
    return reply.redirect(stapUrl(g.concept.id, eerste.stap.pad, index >= STAPPEN.length), 303);
  }

  function eerderDan(data: Partial<StapData>, index: number): Partial<StapData> {
    return Object.fromEntries(STAPPEN.slice(0, index).flatMap((st) => (data[st.id] ? [[st.id, data[st.id]]] : [])));
  }

  function toon(request: FastifyRequest, reply: FastifyReply, g: Geladen, stap: AnyStap, invoer: FormValues, errors: readonly RuleError[], terug: boolean, status?: number) {
    const index = stapIndex(stap.id);
    const ctx = { feiten: g.feiten, eerder: eerderDan(g.data, index) };
    return sv.sendPage(
      request,
      reply,
      { title: titel(stap.titel), errors, privacyWarning: stap.privacy, status: status ?? (errors.length > 0 ? 400 : 200) },
      <StapPagina nummer={index + 1} totaal={STAPPEN.length + 1} actie={stapUrl(g.concept.id, stap.pad, terug)} csrf={request.session!.csrfToken} vorige={index > 0} hoofdknop={{ value: 'verder', label: s.verder }}>
        <stap.View invoer={invoer} errors={errors} ctx={ctx} />
      </StapPagina>,
    );
  }

  // "Verder gaan" from Mijn concepten: to the first step that is not complete, or the Overzicht.
  app.get<ConceptRoute>(`${OPVOEREN}/:concept`, route, async (request, reply) => {
    const g = await laad(request, request.params.concept);
    return reply.redirect(stapUrl(g.concept.id, g.eersteOnvolledig?.stap.pad ?? OVERZICHT), 303);
  });

  app.get<StapRoute>(`${OPVOEREN}/:concept/:stap`, route, async (request, reply) => {
    const stap = stapMetPad(request.params.stap);
    if (!stap) throw notFound();
    const g = await laad(request, request.params.concept);
    const index = stapIndex(stap.id);
    const geblokkeerd = blokkade(g, index, reply);
    if (geblokkeerd) return geblokkeerd;
    const invoer = invoerVan(stap, g.concept.invoer, { feiten: g.feiten, eerder: eerderDan(g.data, index) });
    // A step passed before whose input no longer holds shows why (e.g. a melding filed meanwhile).
    const errors = g.eersteOnvolledig?.stap.id === stap.id ? g.eersteOnvolledig.errors : [];
    return toon(request, reply, g, stap, invoer, errors, request.query.terug === TERUG, 200);
  });

  app.post<StapRoute>(`${OPVOEREN}/:concept/:stap`, route, async (request, reply) => {
    const stap = stapMetPad(request.params.stap);
    if (!stap) throw notFound();
    const g = await laad(request, request.params.concept);
    const index = stapIndex(stap.id);
    const geblokkeerd = blokkade(g, index, reply);
    if (geblokkeerd) return geblokkeerd;
    const terug = request.query.terug === TERUG;
    const post = formValues(request.body);
    const [knop = 'verder', arg = ''] = (str(post, 'actie') || 'verder').split(':', 2);
    const invoer = bewaarbaar(stap, post);
    const bewaar = (v: FormValues, voltooid = g.concept.voltooid) => m.concepten.bewaar(g.actor, g.concept, { ...g.concept.invoer, [stap.id]: v }, voltooid);
    const ctx = { feiten: g.feiten, eerder: eerderDan(g.data, index) };

    if (knop === 'vorige') {
      await bewaar(invoer);
      return reply.redirect(index > 0 ? stapUrl(g.concept.id, STAPPEN[index - 1]!.pad) : OPVOEREN, 303);
    }
    const stapActie = Object.hasOwn(stap.acties, knop) ? stap.acties[knop] : undefined;
    if (stapActie) {
      const r = stapActie(invoer, arg, ctx);
      await bewaar(r.invoer);
      if (r.errors?.length) return toon(request, reply, g, stap, r.invoer, r.errors, terug);
      return reply.redirect(stapUrl(g.concept.id, stap.pad, terug), 303);
    }
    const result = stap.parse(invoer, ctx);
    await bewaar(invoer, result.ok ? [...g.concept.voltooid, stap.id] : g.concept.voltooid);
    if (!result.ok) return toon(request, reply, g, stap, invoer, result.errors, terug);
    const volgende = terug || index + 1 >= STAPPEN.length ? OVERZICHT : STAPPEN[index + 1]!.pad;
    return reply.redirect(stapUrl(g.concept.id, volgende), 303);
  });

  app.get<ConceptRoute>(`${OPVOEREN}/:concept/${OVERZICHT}`, route, async (request, reply) => {
    const g = await laad(request, request.params.concept);
    const geblokkeerd = blokkade(g, STAPPEN.length, reply);
    if (geblokkeerd) return geblokkeerd;
    if (!isCompleet(g.data)) throw new Error('Overzicht zonder complete stappen');
    return sv.sendPage(
      request,
      reply,
      { title: titel(s.overzichtTitel), privacyWarning: true },
      <StapPagina nummer={STAPPEN.length + 1} totaal={STAPPEN.length + 1} actie={stapUrl(g.concept.id, OVERZICHT)} csrf={request.session!.csrfToken} vorige hoofdknop={{ value: 'opslaan', label: s.opslaan }}>
        <OverzichtView data={g.data} leerling={g.leerling} wijzigen={(pad) => stapUrl(g.concept.id, pad, true)} />
      </StapPagina>,
    );
  });

  // Opslaan (R-MEL-16 … R-MEL-18). No draft is loaded here first: a replay finds its melding.
  app.post<ConceptRoute>(`${OPVOEREN}/:concept/${OVERZICHT}`, route, async (request, reply) => {
    const id = request.params.concept;
    if (str(formValues(request.body), 'actie') === 'vorige') return reply.redirect(stapUrl(id, STAPPEN.at(-1)!.pad), 303);
    const r = await m.opvoeren.opslaan(meldingActor(request), id);
    if (r.soort === 'opgeslagen') return reply.redirect(`${OPVOEREN}/${id}/verzonden`, 303);
    if (r.soort === 'onvolledig') return reply.redirect(stapUrl(id, r.stap.pad, true), 303);
    return sv.sendPage(request, reply, { title: titel(s.overzichtTitel), status: 409 }, <p class="utrecht-paragraph">{r.tekst}</p>);
  });

  app.get<ConceptRoute>(`${OPVOEREN}/:concept/verzonden`, route, async (request, reply) => {
    const actor = meldingActor(request);
    const r = (await m.opvoeren.verzonden(actor, request.params.concept)) ?? (await m.concepten.weiger(actor, request.params.concept));
    return sv.sendPage(request, reply, { title: s.verzondenTitel }, <VerzondenView nummer={r.nummer} kopie={r.kopie} />);
  });
}
