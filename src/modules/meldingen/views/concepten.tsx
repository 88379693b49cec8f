// "Mijn concepten" (R-MEL-20): the user's drafts for this instelling, with Verder gaan and
// Verwijderen (after a confirmation), in the one Overzicht every list uses (R-UI-2).
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../messages';
import { formatDutchDateTime } from '../../../platform/datum';
import { Button, HiddenCsrf } from '../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../platform/ui/overzicht-state';
import { SummaryList } from '../../../platform/ui/summary-list';
import type { ConceptLijstRij } from '../concept.repository';
import { KnopLink } from '../wizard/views/gedeeld';

export const CONCEPTEN_PAD = '/verzuim/concepten';

const tijdstip = (d: Date) => formatDutchDateTime(d, { seconds: false });

const naam = (r: ConceptLijstRij) => [r.voornamen, r.voorvoegsel, r.achternaam].filter(Boolean).join(' ') || r.pgn;

export function ConceptenPagina(props: { rows: readonly ConceptLijstRij[]; total: number; state: OverzichtState; query: QueryInput }): ComponentChildren {
  const columns: readonly OverzichtColumn<ConceptLijstRij>[] = [
    { key: 'leerling', label: s.kolomLeerling, render: (r) => `${naam(r)} (${r.pgn})` },
    { key: 'gewijzigd', label: s.kolomGewijzigd, sortable: true, render: (r) => tijdstip(r.gewijzigd_op) },
    { key: 'verloopt', label: s.kolomVerloopt, render: (r) => tijdstip(r.verloopt_op) },
    {
      key: 'actie',
      label: s.kolomActie,
      render: (r) => (
        <>
          <a class="utrecht-link" href={`/verzuim/opvoeren/${r.id}`}>
            {s.verderGaan}
            <span class="visually-hidden"> {naam(r)}</span>
          </a>
          {' | '}
          <a class="utrecht-link" href={`${CONCEPTEN_PAD}/${r.id}/verwijderen`}>
            {s.verwijderen}
            <span class="visually-hidden"> {naam(r)}</span>
          </a>
        </>
      ),
    },
  ];
  return (
    <>
      <p class="utrecht-paragraph">{s.conceptenIntro}</p>
      <Overzicht caption={s.conceptenTitel} captionHidden columns={columns} rows={props.rows} total={props.total} state={props.state} baseUrl={CONCEPTEN_PAD} query={props.query} nounSingular={s.concept} nounPlural={s.concepten} empty={s.geenConcepten} rowKey={(r) => r.id} />
    </>
  );
}

export function ConceptVerwijderen(props: { rij: ConceptLijstRij; csrf: string }): ComponentChildren {
  return (
    <>
      <SummaryList
        rows={[
          { key: s.kolomLeerling, value: `${naam(props.rij)} (${props.rij.pgn})` },
          { key: s.kolomGewijzigd, value: tijdstip(props.rij.gewijzigd_op) },
        ]}
      />
      <form method="post" action={`${CONCEPTEN_PAD}/${props.rij.id}/verwijderen`}>
        <HiddenCsrf token={props.csrf} />
        <p class="utrecht-paragraph">
          <strong>{s.conceptVerwijderenVraag}</strong>
        </p>
        <div class="vl-button-group">
          <Button>{s.verwijderen}</Button>
          <KnopLink href={CONCEPTEN_PAD} variant="secondary">
            {s.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}
