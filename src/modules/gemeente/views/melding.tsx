// The gemeente's detail page of a melding (R-GEM-2, R-GEM-3): its data, the terugkoppeling so
// far, and buttons for exactly the actions the transition table allows in its status. The
// school's part (pupil, verzuim, lesuren, acties school) is the school's own summary, read-only.
import type { ComponentChildren } from 'preact';
import { gemeenteActieLabels, gemeenteScherm as s } from '../messages';
import { overdrachtLabels, redenAfgeslotenLabels, redenIntrekkenLabels, toelichtingAfsluitingLabels, soortLabels, statusLabels, type GemeenteTerugkoppeling, type MeldingInhoud, type RodLeerling, OverzichtSecties, periodeTekst, volledigeNaam } from '../../meldingen/face';
import { formatDutchDateTime } from '../../../platform/datum';
import { KnopLink } from '../../../platform/ui/fields';
import { SummaryList, type SummaryRow } from '../../../platform/ui/summary-list';
import type { GemeenteMelding } from '../gemeente.service';
import { GEMEENTE_ACTIES, type GemeenteActie } from '../rules';

export const INBOX_PAD = '/gemeente/meldingen';
export const gemeenteMeldingPad = (nummer: string, rest = '') => `${INBOX_PAD}/${encodeURIComponent(nummer)}${rest}`;
export const actiePad = (nummer: string, actie: GemeenteActie) => gemeenteMeldingPad(nummer, `/${GEMEENTE_ACTIES[actie]}`);

const regels = (lines: readonly string[]) => lines.filter(Boolean).map((l, i) => (i === 0 ? l : [<br key={i} />, l]));
const code = (c: string, naam: string | null) => (naam ? `${c} - ${naam}` : c);

/** The pupil as the school's summary components expect it, from the snapshot kept with the melding. */
function leerlingVan(i: MeldingInhoud): RodLeerling {
  return { ...i.leerling, woontInBuitenland: false, startkwalificatie: false };
}

/** The rows of the gemeente's terugkoppeling (R-RAA-2), as the school reads it too. */
export function terugkoppelingRijen(g: GemeenteTerugkoppeling): SummaryRow[] {
  const c = g.contactpersoon;
  const o = g.overgedragenAan;
  const rows: SummaryRow[] = [
    { key: s.behandelaar, value: c ? regels([c.naam, c.functie, c.telefoon, c.email]) : '' },
    { key: s.toelichting, value: g.toelichting },
    { key: s.overgedragenAan, value: o ? (o.partij === 'anders' ? `${overdrachtLabels.anders} ${o.anders}` : overdrachtLabels[o.partij]) : '' },
  ];
  if (g.afsluiting) {
    rows.push({ key: s.redenAfgesloten, value: redenAfgeslotenLabels[g.afsluiting.reden] });
    rows.push({ key: s.toelichtingAfsluiting, value: g.afsluiting.toelichting ? toelichtingAfsluitingLabels[g.afsluiting.toelichting] : '' });
  }
  return rows;
}

/** Number, status, pupil and period: what an action's page shows about the melding it changes. */
export function MeldingKern(props: { m: GemeenteMelding }): ComponentChildren {
  const { m } = props;
  const i = m.inhoud;
  return (
    <SummaryList
      title={s.actieMeldingKop}
      rows={[
        { key: s.nummer, value: m.nummer },
        { key: s.status, value: statusLabels[m.status] },
        { key: s.leerling, value: `${volledigeNaam(i.leerling)} (${m.pgn})` },
        { key: s.periode, value: periodeTekst(m.begindatum, m.einddatum) },
        { key: s.instelling, value: code(m.instellingscode, m.instelling_naam) },
      ]}
    />
  );
}

export function GemeenteMeldingDetail(props: { m: GemeenteMelding; acties: readonly GemeenteActie[]; historie: boolean }): ComponentChildren {
  const { m, acties } = props;
  const i = m.inhoud;
  const status = statusLabels[m.status];
  return (
    <>
      <SummaryList
        title={s.gegevensKop}
        rows={[
          { key: s.nummer, value: m.nummer },
          { key: s.status, value: status },
          { key: s.soort, value: soortLabels[m.soort] },
          { key: s.instelling, value: code(m.instellingscode, m.instelling_naam) },
          { key: s.datumMelding, value: formatDutchDateTime(m.aangemaakt_op) },
          { key: s.woongemeente, value: code(i.leerling.woongemeenteCode, i.leerling.woongemeenteNaam || null) },
          { key: s.gemeente, value: code(m.gemeentecode, m.gemeente_naam) },
        ]}
      />

      <section class="vl-summary-section" aria-labelledby="acties-kop">
        <h2 class="vl-summary-section__title" id="acties-kop">
          {s.actiesKop}
        </h2>
        {acties.length === 0 ? (
          <p class="utrecht-paragraph">{s.geenActies(status)}</p>
        ) : (
          <div class="vl-button-group">
            {acties.map((a, n) => (
              <KnopLink key={a} href={actiePad(m.nummer, a)} variant={n === 0 ? 'primary' : 'secondary'}>
                {gemeenteActieLabels[a]}
              </KnopLink>
            ))}
          </div>
        )}
      </section>

      {i.gemeente ? <SummaryList title={s.terugkoppelingKop} rows={terugkoppelingRijen(i.gemeente)} /> : (
        <section class="vl-summary-section">
          <h2 class="vl-summary-section__title">{s.terugkoppelingKop}</h2>
          <p class="utrecht-paragraph">{s.terugkoppelingLeeg}</p>
        </section>
      )}

      {i.intrekking ? (
        <SummaryList
          title={s.intrekkingKop}
          rows={[
            { key: s.redenIntrekken, value: redenIntrekkenLabels[i.intrekking.reden] },
            { key: s.toelichtingIntrekken, value: i.intrekking.toelichting },
          ]}
        />
      ) : null}

      <OverzichtSecties data={{ leerling: i.leerlingStap, verzuim: i.verzuim, lesuren: i.lesuren, acties: i.acties }} leerling={leerlingVan(i)} />

      <p class="utrecht-paragraph">
        {props.historie ? (
          <>
            <a class="utrecht-link" href={gemeenteMeldingPad(m.nummer, '/historie')}>
              {s.historie}
            </a>
            {' | '}
          </>
        ) : null}
        <a class="utrecht-link" href={INBOX_PAD}>
          {s.terugNaarOverzicht}
        </a>
      </p>
    </>
  );
}
