// A melding read-only (Inzien, a plain version until Raadplegen verzuim, §4.2, takes over) and
// the confirmation before Kopiëren (§4.3).
import type { ComponentChildren } from 'preact';
import { meldingScherm as s, statusLabels } from '../../../platform/messages/meldingen';
import { Button, HiddenCsrf } from '../../../platform/ui/fields';
import { SummaryList } from '../../../platform/ui/summary-list';
import type { Status } from '../codes';
import type { MeldingInhoud } from '../melding.types';
import type { RodLeerling } from '../wizard/stap';
import { KnopLink } from '../wizard/views/gedeeld';
import { OverzichtSecties } from '../wizard/views/overzicht';
import { meldingPad } from './zoeken';

function leerlingVan(i: MeldingInhoud): RodLeerling {
  return { ...i.leerling, woongemeenteCode: i.leerling.woongemeenteCode, woontInBuitenland: false, startkwalificatie: false };
}

export function MeldingInzien(props: { nummer: string; status: string; instellingscode: string; inhoud: MeldingInhoud }): ComponentChildren {
  const i = props.inhoud;
  return (
    <>
      <SummaryList
        rows={[
          { key: s.kolomNummer, value: props.nummer },
          { key: s.status, value: statusLabels[props.status as Status] ?? props.status },
          { key: s.instelling, value: props.instellingscode },
        ]}
      />
      <OverzichtSecties data={{ leerling: i.leerlingStap, verzuim: i.verzuim, lesuren: i.lesuren, acties: i.acties }} leerling={leerlingVan(i)} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={meldingPad(props.nummer, '/historie')}>
          {s.historie}
        </a>
        {' | '}
        <a class="utrecht-link" href={meldingPad(props.nummer, '/kopieren')}>
          {s.kopieren}
        </a>
      </p>
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
