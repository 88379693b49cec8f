// The page of one melding (manual §4.2.1, §4.2.2): "Wijzigen verzuim - Melding" (Afb. 36) while
// the school may still change it, "Raadplegen afgesloten melding" (Afb. 38) otherwise. It shows
// the status, the gemeente's terugkoppeling (R-RAA-2) or the reason of withdrawal, and the
// melding's sections; in edit mode each with a Wijzigen link to the wizard's own step, Opslaan,
// and the state of the user's edit in this session (not saved yet, incomplete, or refused because
// someone else, or the same user in another session, saved first, R-RAA-4). Which actions show comes from the transition table (`acties`), never
// from a status check here. Also the confirmation before Kopiëren (§4.3).
import type { ComponentChildren } from 'preact';
import { overdrachtLabels, redenAfgeslotenLabels, redenIntrekkenLabels, toelichtingAfsluitingLabels } from '../codes.messages';
import { meldingScherm as s, statusLabels } from '../messages';
import { wijzigenScherm as w } from '../wijzigen/messages';
import { formatDutchDate, formatDutchDateTime, vandaagIn } from '../../../platform/datum';
import { Button, HiddenCsrf } from '../../../platform/ui/fields';
import { ChangeLinkView, SummaryList } from '../../../platform/ui/summary-list';
import type { MeldingInhoud } from '../melding.types';
import type { MeldingPagina as PaginaData } from '../wijzigen/wijzigen.service';
import type { RodLeerling, StapData } from '../wizard/stap';
import { STAPPEN } from '../wizard/steps';
import { ActieKnop, KnopLink } from '../wizard/views/gedeeld';
import { meldingPad } from './zoeken';

/** The URL of a step of the user's edit of this melding. */
export const wijzigStapPad = (nummer: string, pad: string) => meldingPad(nummer, `/wijzigen/${pad}`);

function Kop({ p }: { p: PaginaData }): ComponentChildren {
  const m = p.melding;
  return (
    <SummaryList
      rows={[
        { key: w.nummer, value: m.nummer },
        { key: w.status, value: <strong>{statusLabels[m.status]}</strong> },
        { key: w.versie, value: String(m.versie) },
        { key: w.instelling, value: m.instellingscode },
        { key: w.gemeente, value: m.gemeente_naam ? `${m.gemeentecode} - ${m.gemeente_naam}` : m.gemeentecode },
        { key: w.datumMelding, value: formatDutchDate(vandaagIn(m.aangemaakt_op)) },
      ]}
    />
  );
}

/** R-RAA-2: who handles the melding at the gemeente, what they did, to whom it was handed over. */
function Terugkoppeling({ inhoud }: { inhoud: MeldingInhoud }): ComponentChildren {
  const g = inhoud.gemeente;
  if (!g) {
    return (
      <section class="vl-summary-section">
        <h2 class="vl-summary-section__title">{w.terugkoppelingKop}</h2>
        <p class="utrecht-paragraph">{w.geenTerugkoppeling}</p>
      </section>
    );
  }
  const c = g.contactpersoon;
  const o = g.overgedragenAan;
  const a = g.afsluiting;
  return (
    <SummaryList
      title={w.terugkoppelingKop}
      rows={[
        { key: w.behandelaar, value: c?.naam ?? '' },
        { key: w.behandelaarFunctie, value: c?.functie ?? '' },
        { key: w.behandelaarTelefoon, value: c?.telefoon ?? '' },
        { key: w.behandelaarEmail, value: c?.email ?? '' },
        { key: w.toelichtingGemeente, value: g.toelichting },
        { key: w.overgedragenAan, value: o ? (o.partij === 'anders' ? `${overdrachtLabels.anders} ${o.anders}` : overdrachtLabels[o.partij]) : '' },
        ...(a
          ? [
              { key: w.redenAfgesloten, value: redenAfgeslotenLabels[a.reden] },
              { key: w.toelichtingAfsluiting, value: a.toelichting ? toelichtingAfsluitingLabels[a.toelichting] : '' },
            ]
          : []),
      ]}
    />
  );
}

function Intrekking({ inhoud }: { inhoud: MeldingInhoud }): ComponentChildren {
  const i = inhoud.intrekking;
  if (!i) return null;
  return (
    <SummaryList
      title={w.intrekkingKop}
      rows={[
        { key: w.redenIntrekken, value: redenIntrekkenLabels[i.reden] },
        { key: w.toelichtingIntrekken, value: i.toelichting },
      ]}
    />
  );
}

/** The melding's sections; with `wijzigen`, each with a Wijzigen link to its step. A step the edit has not got right yet says so. */
function Secties(props: { data: Partial<StapData>; leerling: RodLeerling; onvolledig?: string | undefined; wijzigen?: ((pad: string) => string) | undefined }): ComponentChildren {
  const eerste = STAPPEN.find((st) => st.id === props.onvolledig);
  return (
    <>
      {STAPPEN.map((st) => {
        const change = props.wijzigen ? { href: props.wijzigen(st.pad), hiddenText: st.sectie.toLowerCase() } : undefined;
        const d = props.data[st.id];
        if (d === undefined) {
          return (
            <section class="vl-summary-section" key={st.id}>
              <div class="vl-summary-section__header">
                <h2 class="vl-summary-section__title">{st.sectie}</h2>
                {change ? <ChangeLinkView {...change} /> : null}
              </div>
              <p class="utrecht-paragraph">{!eerste || eerste.id === st.id ? w.onvolledigSectie(st.sectie) : w.naOnvolledig(eerste.sectie)}</p>
            </section>
          );
        }
        // The union of steps is one at a time here: each step summarises its own data (lesuren needs verzuim, which comes before it).
        const rijen = (st.samenvatting as (d: unknown, a: StapData, l: RodLeerling) => ReturnType<typeof st.samenvatting>)(d, props.data as StapData, props.leerling);
        return <SummaryList key={st.id} title={st.sectie} change={change} rows={rijen} />;
      })}
    </>
  );
}

function Melding({ children }: { children: ComponentChildren }): ComponentChildren {
  return (
    <div class="utrecht-alert utrecht-alert--warning vl-privacy-warning" role="status">
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

function Links({ p }: { p: PaginaData }): ComponentChildren {
  const nummer = p.melding.nummer;
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={meldingPad(nummer, '/historie')}>
        {w.historie}
      </a>
      {' | '}
      <a class="utrecht-link" href={meldingPad(nummer, '/kopieren')}>
        {w.kopieren}
      </a>
    </p>
  );
}

/** Afb. 36 / Afb. 38. */
export function MeldingPagina(props: { p: PaginaData; csrf: string }): ComponentChildren {
  const { p } = props;
  const nummer = p.melding.nummer;
  const kanWijzigen = p.acties.includes('wijzigen');
  const kanIntrekken = p.acties.includes('intrekken');
  const wz = p.wijziging;
  const conflict = wz?.conflict ?? null;
  return (
    <>
      {conflict ? (
        <div class="utrecht-alert utrecht-alert--warning vl-privacy-warning" role="alert" id="conflict">
          <p class="utrecht-paragraph">
            <strong>{conflict.eigen ? w.conflictEigenSessie(formatDutchDateTime(conflict.op, { seconds: false })) : w.conflict(conflict.doorNaam, formatDutchDateTime(conflict.op, { seconds: false }))}</strong>
          </p>
        </div>
      ) : null}
      {p.vervallen ? <Melding>{w.niet_meer_wijzigbaar(statusLabels[p.melding.status])}</Melding> : null}
      {!conflict && wz?.onvolledig ? <Melding>{w.onvolledig}</Melding> : null}
      {!conflict && wz && !wz.onvolledig && wz.gewijzigd ? <Melding>{w.concept}</Melding> : null}
      <Kop p={p} />
      {kanWijzigen ? <p class="utrecht-paragraph">{w.wijzigenUitleg}</p> : <p class="utrecht-paragraph">{w.alleenLezen(statusLabels[p.melding.status])}</p>}
      <Terugkoppeling inhoud={p.melding.inhoud} />
      <Intrekking inhoud={p.melding.inhoud} />
      <Secties data={p.data} leerling={p.leerling} onvolledig={wz?.onvolledig?.stap.id} wijzigen={kanWijzigen ? (pad) => wijzigStapPad(nummer, pad) : undefined} />
      {kanWijzigen ? <p class="utrecht-paragraph vl-hint">{w.nietGewijzigdVeld}</p> : null}
      {kanWijzigen ? (
        <form method="post" action={meldingPad(nummer)}>
          <HiddenCsrf token={props.csrf} />
          <div class="vl-button-group">
            {conflict ? (
              <ActieKnop value="opnieuw" variant="primary">
                {w.opnieuwBeginnen}
              </ActieKnop>
            ) : (
              <ActieKnop value="opslaan" variant="primary">
                {w.opslaan}
              </ActieKnop>
            )}
            {wz ? <ActieKnop value="ongedaan">{w.ongedaanMaken}</ActieKnop> : null}
            {kanIntrekken ? (
              <KnopLink href={meldingPad(nummer, '/intrekken')} variant="secondary">
                {w.intrekken}
              </KnopLink>
            ) : null}
          </div>
        </form>
      ) : kanIntrekken ? (
        <p class="utrecht-paragraph">
          <KnopLink href={meldingPad(nummer, '/intrekken')} variant="secondary">
            {w.intrekken}
          </KnopLink>
        </p>
      ) : null}
      <Links p={p} />
    </>
  );
}

export function KopierenBevestigen(props: { nummer: string; csrf: string }): ComponentChildren {
  return (
    <form method="post" action={meldingPad(props.nummer, '/kopieren')}>
      <HiddenCsrf token={props.csrf} />
      <p class="utrecht-paragraph">{s.kopierenTekst(props.nummer)}</p>
      <div class="vl-button-group">
        <Button>{s.kopieren}</Button>
        <KnopLink href="/verzuim/opvoeren" variant="secondary">
          {s.annuleren}
        </KnopLink>
      </div>
    </form>
  );
}
