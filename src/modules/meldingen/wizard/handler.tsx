// The one handler of the wizard: for any step of steps.ts it renders, keeps
// what was typed (also invalid input, in the draft), validates on Verder, runs the step's own
// buttons, goes back on Vorige without validating, and returns to the Overzicht after a
// Wijzigen link (`?terug=overzicht`). A step whose predecessors are not complete redirects to
// the first that is not. All state is the draft in the database (R-MEL-20); the URL carries
// only its id.
//
// The same step routes serve two journeys (a StapModus each): Opvoeren verzuim here, and the
// edit of a filed melding (Wijzigen, R-RAA-3, wijzigen/routes.tsx), whose steps live under the
// melding's URL, run in edit mode (StapContext.wijzigen), have no Vorige and always return to
// the melding.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, str } from '../../../platform/http/form';
import { notFound } from '../../../platform/http/errors';
import { meldingScherm as s } from '../messages';
import type { Ability } from '../../../platform/permissions';
import type { Services } from '../../../services';
import { meldingActor, type MeldingActor } from '../actor';
import type { FormValues } from '../../../platform/http/form';
import type { Concept } from '../concept.service';
import type { AnyStap, RodLeerling, StapContext, StapData, WijzigContext, WizardFeiten } from './stap';
import { bewaarbaar, doorloop, invoerVan, isCompleet, OVERZICHT, stapIndex, stapMetPad, STAPPEN, type ConceptInvoer, type Doorloop } from './steps';
import { OverzichtView } from './views/overzicht';
import { StapPagina } from './views/stap-pagina';
import { VerzondenView } from './views/verzonden';
import type { FieldError } from '../../../platform/ui/error-summary';

export const OPVOEREN = '/verzuim/opvoeren';
const TERUG = 'overzicht';
const route = { config: { ability: 'verzuim.opvoeren' as const } };
type StapRoute = { Params: { stap: string } & Record<string, string>; Querystring: { terug?: string } };
type ConceptRoute = { Params: { concept: string } };

/** The URL of a step (or the Overzicht) of a draft, returning to the Overzicht when asked. */
export const stapUrl = (conceptId: string, pad: string, terug = false): string => `${OPVOEREN}/${conceptId}/${pad}${terug ? `?terug=${TERUG}` : ''}`;
const verzondenUrl = (conceptId: string) => `${OPVOEREN}/${conceptId}/verzonden`;
const titel = (t: string) => `${s.titelPrefix}${t}`;

/** One sitting of the steps: the draft's input and facts, and where its URLs lead. */
export interface StapSessie {
  actor: MeldingActor;
  feiten: WizardFeiten;
  invoer: ConceptInvoer;
  voltooid: readonly string[];
  /** Edit mode: the melding being changed (R-RAA-3). */
  wijzigen?: WijzigContext | undefined;
  /** A step's URL; `terug`: back to the Overzicht after Verder. */
  stapUrl(pad: string, terug: boolean): string;
  /** Where Verder goes after the last step (or after a Wijzigen link): the Overzicht, or the melding. */
  overzichtUrl: string;
  /** Where Vorige goes from the first step. */
  beginUrl: string;
  /** Hidden fields the step forms carry (an edit: the version its form was filled from). */
  verborgen?: Record<string, string> | undefined;
  /** Stores the draft's input; `post` is the whole form (an edit starts its draft from it). */
  bewaar(invoer: ConceptInvoer, voltooid: readonly string[], post: FormValues): Promise<void>;
}

/** A journey through the steps: where they live, who may, and how a request finds its draft. */
export interface StapModus {
  /** The route prefix with its parameters, e.g. `/verzuim/opvoeren/:concept`. */
  prefix: string;
  ability: Ability;
  /** The h1 before the step's title, e.g. "Opvoeren verzuim - ". */
  titelPrefix: string;
  /** The sitting, or a URL to send the user to instead (e.g. the melding can no longer change). */
  laad(request: FastifyRequest<{ Params: Record<string, string> }>): Promise<StapSessie | { weg: string }>;
  /** Edit mode: no step counter, no Vorige, Verder always back to the melding, Annuleren. */
  wijzigen?: boolean;
}

/** The steps' GET and POST for one journey (see the file's header). */
export function stapRoutes(app: FastifyInstance, sv: Services, modus: StapModus) {
  const opties = { config: { ability: modus.ability } };
  type Geladen = StapSessie & Doorloop;

  async function laad(request: FastifyRequest<StapRoute>): Promise<Geladen | { weg: string }> {
    const sessie = await modus.laad(request);
    if ('weg' in sessie) return sessie;
    return { ...sessie, ...doorloop(sessie.invoer, sessie.voltooid, sessie.feiten, sessie.wijzigen) };
  }

  /** Redirects when an earlier step than `index` is incomplete; null when the step may be shown. */
  function blokkade(g: Geladen, index: number, reply: FastifyReply) {
    const eerste = g.eersteOnvolledig;
    if (!eerste || stapIndex(eerste.stap.id) >= index) return null;
    return reply.redirect(g.stapUrl(eerste.stap.pad, index >= STAPPEN.length), 303);
  }

  function context(g: Geladen, index: number): StapContext {
    const eerder = Object.fromEntries(STAPPEN.slice(0, index).flatMap((st) => (g.data[st.id] ? [[st.id, g.data[st.id]]] : []))) as Partial<StapData>;
    return { feiten: g.feiten, eerder, wijzigen: g.wijzigen };
  }

  function toon(request: FastifyRequest, reply: FastifyReply, g: Geladen, stap: AnyStap, invoer: FormValues, errors: readonly FieldError[], terug: boolean, status?: number) {
    const index = stapIndex(stap.id);
    const w = modus.wijzigen;
    return sv.sendPage(
      request,
      reply,
      { title: `${modus.titelPrefix}${stap.titel}`, errors, privacyWarning: stap.privacy, status: status ?? (errors.length > 0 ? 400 : 200) },
      <StapPagina
        teller={w ? undefined : { nummer: index + 1, totaal: STAPPEN.length + 1 }}
        actie={g.stapUrl(stap.pad, terug)}
        csrf={request.session!.csrfToken}
        vorige={!w && index > 0}
        annuleren={w ? g.overzichtUrl : undefined}
        verborgen={g.verborgen}
        hoofdknop={{ value: 'verder', label: s.verder }}
      >
        <stap.View invoer={invoer} errors={errors} ctx={context(g, index)} />
      </StapPagina>,
    );
  }

  app.get<StapRoute>(`${modus.prefix}/:stap`, opties, async (request, reply) => {
    const stap = stapMetPad(request.params.stap);
    if (!stap) throw notFound();
    const g = await laad(request);
    if ('weg' in g) return reply.redirect(g.weg, 303);
    const index = stapIndex(stap.id);
    const geblokkeerd = blokkade(g, index, reply);
    if (geblokkeerd) return geblokkeerd;
    const invoer = invoerVan(stap, g.invoer, context(g, index));
    // A step passed before whose input no longer holds shows why (e.g. a melding filed meanwhile).
    const errors = g.eersteOnvolledig?.stap.id === stap.id ? g.eersteOnvolledig.errors : [];
    return toon(request, reply, g, stap, invoer, errors, request.query.terug === TERUG, 200);
  });

  app.post<StapRoute>(`${modus.prefix}/:stap`, opties, async (request, reply) => {
    const stap = stapMetPad(request.params.stap);
    if (!stap) throw notFound();
    const g = await laad(request);
    if ('weg' in g) return reply.redirect(g.weg, 303);
    const index = stapIndex(stap.id);
    const geblokkeerd = blokkade(g, index, reply);
    if (geblokkeerd) return geblokkeerd;
    // An edit always returns to its melding: there is no "next step" there.
    const terug = request.query.terug === TERUG || modus.wijzigen === true;
    const post = formValues(request.body);
    const [knop = 'verder', arg = ''] = (str(post, 'actie') || 'verder').split(':', 2);
    const eigen = bewaarbaar(stap, post);
    // Edit mode: what may not change is put back before anything is kept (R-RAA-3).
    const invoer = g.wijzigen && stap.vastInWijzigen ? stap.vastInWijzigen(eigen, g.wijzigen) : eigen;
    const bewaar = (v: FormValues, voltooid = g.voltooid) => g.bewaar({ ...g.invoer, [stap.id]: v }, voltooid, post);
    const ctx = context(g, index);

    if (knop === 'vorige') {
      await bewaar(invoer);
      if (modus.wijzigen) return reply.redirect(g.overzichtUrl, 303);
      return reply.redirect(index > 0 ? g.stapUrl(STAPPEN[index - 1]!.pad, false) : g.beginUrl, 303);
    }
    const stapActie = Object.hasOwn(stap.acties, knop) ? stap.acties[knop] : undefined;
    if (stapActie) {
      const r = stapActie(invoer, arg, ctx);
      await bewaar(r.invoer);
      if (r.errors?.length) return toon(request, reply, g, stap, r.invoer, r.errors, terug);
      return reply.redirect(g.stapUrl(stap.pad, terug), 303);
    }
    const result = stap.parse(invoer, ctx);
    await bewaar(invoer, result.ok ? [...g.voltooid, stap.id] : g.voltooid);
    if (!result.ok) return toon(request, reply, g, stap, invoer, result.errors, terug);
    if (terug || index + 1 >= STAPPEN.length) return reply.redirect(g.overzichtUrl, 303);
    return reply.redirect(g.stapUrl(STAPPEN[index + 1]!.pad, false), 303);
  });
}

/** A draft with its pupil, facts, and how far its steps are complete. */
interface ConceptGeladen extends Doorloop {
  actor: MeldingActor;
  concept: Concept;
  feiten: WizardFeiten;
  leerling: RodLeerling;
}

export function wizardRoutes(app: FastifyInstance, sv: Services) {
  const m = sv.meldingen;

  /**
   * The draft, its facts, and how far its steps are complete; or, once it became a melding
   * (Back, reload, a replayed post), the way to its "Melding verzonden" (R-MEL-17).
   */
  async function laadConcept(request: FastifyRequest, conceptId: string): Promise<ConceptGeladen | { weg: string }> {
    const actor = meldingActor(request);
    const concept = await m.concepten.zoek(actor, conceptId);
    if (!concept) {
      if (await m.opvoeren.verzonden(actor, conceptId)) return { weg: verzondenUrl(conceptId) };
      return m.concepten.weiger(actor, conceptId);
    }
    const leerling = await m.feiten.leerling(concept.pgn);
    if (!leerling) throw notFound();
    const feiten = await m.feiten.laad(actor, leerling);
    return { actor, concept, feiten, leerling, ...doorloop(concept.invoer, concept.voltooid, feiten) };
  }

  stapRoutes(app, sv, {
    prefix: `${OPVOEREN}/:concept`,
    ability: 'verzuim.opvoeren',
    titelPrefix: s.titelPrefix,
    async laad(request) {
      const g = await laadConcept(request, request.params.concept ?? '');
      if ('weg' in g) return g;
      const id = g.concept.id;
      return {
        actor: g.actor,
        feiten: g.feiten,
        invoer: g.concept.invoer,
        voltooid: g.concept.voltooid,
        stapUrl: (pad, terug) => stapUrl(id, pad, terug),
        overzichtUrl: stapUrl(id, OVERZICHT),
        beginUrl: OPVOEREN,
        bewaar: (invoer, voltooid) => m.concepten.bewaar(g.actor, g.concept, invoer, voltooid),
      };
    },
  });

  // "Verder gaan" from Mijn concepten: to the first step that is not complete, or the Overzicht.
  app.get<ConceptRoute>(`${OPVOEREN}/:concept`, route, async (request, reply) => {
    const g = await laadConcept(request, request.params.concept);
    if ('weg' in g) return reply.redirect(g.weg, 303);
    return reply.redirect(stapUrl(g.concept.id, g.eersteOnvolledig?.stap.pad ?? OVERZICHT), 303);
  });

  app.get<ConceptRoute>(`${OPVOEREN}/:concept/${OVERZICHT}`, route, async (request, reply) => {
    const g = await laadConcept(request, request.params.concept);
    if ('weg' in g) return reply.redirect(g.weg, 303);
    // The Overzicht needs every step complete: else to the first that is not, returning here.
    if (g.eersteOnvolledig) return reply.redirect(stapUrl(g.concept.id, g.eersteOnvolledig.stap.pad, true), 303);
    if (!isCompleet(g.data)) throw new Error('Overzicht zonder complete stappen');
    return sv.sendPage(
      request,
      reply,
      { title: titel(s.overzichtTitel), privacyWarning: true },
      <StapPagina teller={{ nummer: STAPPEN.length + 1, totaal: STAPPEN.length + 1 }} actie={stapUrl(g.concept.id, OVERZICHT)} csrf={request.session!.csrfToken} vorige hoofdknop={{ value: 'opslaan', label: s.opslaan }}>
        <OverzichtView data={g.data} leerling={g.leerling} wijzigen={(pad) => stapUrl(g.concept.id, pad, true)} />
      </StapPagina>,
    );
  });

  // Opslaan (R-MEL-16 … R-MEL-18). No draft is loaded here first: a replay finds its melding.
  app.post<ConceptRoute>(`${OPVOEREN}/:concept/${OVERZICHT}`, route, async (request, reply) => {
    const id = request.params.concept;
    if (str(formValues(request.body), 'actie') === 'vorige') return reply.redirect(stapUrl(id, STAPPEN.at(-1)!.pad), 303);
    const r = await m.opvoeren.opslaan(meldingActor(request), id);
    if (r.soort === 'opgeslagen') return reply.redirect(verzondenUrl(id), 303);
    if (r.soort === 'onvolledig') return reply.redirect(stapUrl(id, r.stap.pad, true), 303);
    return sv.sendPage(request, reply, { title: titel(s.overzichtTitel), status: 409 }, <p class="utrecht-paragraph">{r.tekst}</p>);
  });

  app.get<ConceptRoute>(`${OPVOEREN}/:concept/verzonden`, route, async (request, reply) => {
    const actor = meldingActor(request);
    const r = (await m.opvoeren.verzonden(actor, request.params.concept)) ?? (await m.concepten.weiger(actor, request.params.concept));
    return sv.sendPage(request, reply, { title: s.verzondenTitel }, <VerzondenView nummer={r.nummer} kopie={r.kopie} gemeenteGemaild={r.gemeenteGemaild} />);
  });
}
