// "Meldingen zonder ontvanger" for functioneel beheer: the shared Overzicht (R-UI-2), newest
// first, with the gemeente's address as it is now, so beheer sees which gemeenten still lack one.
import type { ComponentChildren } from 'preact';
import { zonderOntvangerScherm as t } from '../messages';
import { formatDutchDateTime } from '../../../platform/datum';
import { Overzicht, type OverzichtColumn } from '../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../platform/ui/overzicht-state';
import type { ZonderOntvangerRij } from './zonder-ontvanger.repository';

export const ZONDER_ONTVANGER_PAD = '/beheer/meldingen-zonder-ontvanger';

const metNaam = (code: string, naam: string | null) => (naam ? `${code} - ${naam}` : code);

const columns: readonly OverzichtColumn<ZonderOntvangerRij>[] = [
  { key: 'aangemaakt', label: t.kolomAangemaakt, sortable: true, render: (r) => formatDutchDateTime(r.aangemaakt_op) },
  { key: 'nummer', label: t.kolomNummer, render: (r) => <span class="vl-meldingnummer">{r.nummer}</span> },
  { key: 'instelling', label: t.kolomInstelling, render: (r) => metNaam(r.instellingscode, r.instelling_naam) },
  { key: 'gemeente', label: t.kolomGemeente, render: (r) => metNaam(r.gemeentecode, r.gemeente_naam) },
  { key: 'adres', label: t.kolomAdresNu, render: (r) => r.email_meldingen ?? t.geenAdres },
];

export function ZonderOntvangerPagina(props: { state: OverzichtState; result: { rows: readonly ZonderOntvangerRij[]; total: number }; query: QueryInput }): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph">{t.intro}</p>
      <Overzicht
        caption={t.caption}
        captionHidden
        columns={columns}
        rows={props.result.rows}
        total={props.result.total}
        state={props.state}
        baseUrl={ZONDER_ONTVANGER_PAD}
        query={props.query}
        nounSingular={t.enkelvoud}
        nounPlural={t.meervoud}
        empty={t.geenResultaten}
        rowKey={(r) => r.id}
      />
    </>
  );
}

/** The start page's line for functioneel beheer; nothing when there are none. */
export function ZonderOntvangerTelling(props: { totaal: number; zonderAdres: number }): ComponentChildren {
  if (props.totaal === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="status" id="meldingen-zonder-ontvanger">
      <p class="utrecht-paragraph">{t.startTelling(props.totaal, props.zonderAdres)}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={ZONDER_ONTVANGER_PAD}>
          {t.startLink}
        </a>
      </p>
    </div>
  );
}
