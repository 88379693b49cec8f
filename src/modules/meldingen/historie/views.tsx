// The Historie pages (manual Afb. 42, 43; R-HIS-1) as components the school's and the
// gemeente's routes both render: the list of versions in the shared Overzicht, and one version
// beside the previous one — newest left, previous right, each difference marked in the
// previous version in red AND with a visible word (Gewijzigd, Verwijderd, Toegevoegd), so the
// marking does not rest on colour alone (WCAG 1.4.1). The paths come in as a parameter.
import type { ComponentChildren } from 'preact';
import { soortWijzigingLabels } from '../codes.messages';
import { historieScherm as h } from './messages';
import { statusLabels } from '../messages';
import { uiMessages } from '../../../platform/messages/ui';
import { formatDutchDateTime } from '../../../platform/datum';
import { Overzicht } from '../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../platform/ui/overzicht-state';
import type { SoortWijziging } from '../status-overgangen';
import type { HistorieLijst, VersieDetail, VersieMeta } from './historie.service';
import type { Markering, VergelijkRij, VergelijkSectie } from './velden';

/** Where the pages of one melding live: the school's /verzuim/… or the gemeente's /gemeente/…. */
export interface HistoriePaden {
  melding: string;
  lijst: string;
  versie(n: number): string;
}

/** A melding's Historie paths under a base such as '/verzuim/meldingen' or '/gemeente/meldingen'. */
export function historiePaden(basis: string, nummer: string): HistoriePaden {
  const melding = `${basis}/${encodeURIComponent(nummer)}`;
  return { melding, lijst: `${melding}/historie`, versie: (n) => `${melding}/historie/${n}` };
}

export const soortWijzigingTekst = (s: string): string => soortWijzigingLabels[s as SoortWijziging] ?? s;

export function HistorieOverzicht(props: { data: HistorieLijst; state: OverzichtState; query: QueryInput; paden: HistoriePaden }): ComponentChildren {
  const { data, paden } = props;
  return (
    <>
      <p class="utrecht-paragraph">{h.lijstIntro}</p>
      <Overzicht<VersieMeta>
        caption={h.caption(data.nummer)}
        columns={[
          {
            key: 'versie',
            label: h.kolomVersie,
            sortable: true,
            render: (r) => (
              <a class="utrecht-link" href={paden.versie(r.versie)}>
                {h.versieLink(r.versie)}
              </a>
            ),
          },
          { key: 'op', label: h.kolomDatumTijd, render: (r) => formatDutchDateTime(r.op) },
          { key: 'door', label: h.kolomDoor, render: (r) => r.doorNaam },
          { key: 'soort', label: h.kolomSoortWijziging, render: (r) => soortWijzigingTekst(r.soortWijziging) },
          { key: 'status', label: h.kolomStatus, render: (r) => statusLabels[r.status] ?? r.status },
        ]}
        rows={data.rows}
        total={data.total}
        state={props.state}
        baseUrl={paden.lijst}
        query={props.query}
        nounSingular={h.enkelvoud}
        nounPlural={h.meervoud}
        rowKey={(r) => r.versie}
      />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={paden.melding}>
          {h.terugNaarMelding}
        </a>
      </p>
    </>
  );
}

const MARK_TEKST: Record<Markering, string> = { gewijzigd: h.markGewijzigd, verwijderd: h.markVerwijderd, toegevoegd: h.markToegevoegd };

function Waarde({ v }: { v: string | null | undefined }): ComponentChildren {
  if (v === null) return <span class="vl-diff__afwezig">{h.nietInVersie}</span>;
  if (v === undefined || v === '') return <span class="vl-summary-list__empty">{uiMessages.nietIngevuld}</span>;
  return v;
}

function VorigCel({ rij }: { rij: VergelijkRij }): ComponentChildren {
  const m = rij.markering;
  if (!m) {
    return (
      <td class="utrecht-table__cell">
        <Waarde v={rij.vorig} />
      </td>
    );
  }
  return (
    <td class={`utrecht-table__cell vl-diff vl-diff--${m}`}>
      <strong class="vl-diff__mark">{MARK_TEKST[m]}</strong> <Waarde v={rij.vorig} />
    </td>
  );
}

function SectieTabel(props: { sectie: VergelijkSectie; nieuw: VersieMeta; vorig: VersieMeta | null }): ComponentChildren {
  const { sectie, nieuw, vorig } = props;
  return (
    <div class="utrecht-table-container vl-table-container vl-historie-tabel">
      <table class="utrecht-table utrecht-table--html-table vl-table vl-historie">
        <caption class="utrecht-table__caption">{sectie.titel}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell vl-historie__label">
              {h.kolomGegeven}
            </th>
            <th scope="col" class="utrecht-table__header-cell">
              {vorig ? h.kolomNieuw(nieuw.versie) : h.kolomEnige(nieuw.versie)}
            </th>
            {vorig ? (
              <th scope="col" class="utrecht-table__header-cell">
                {h.kolomVorig(vorig.versie)}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {sectie.rijen.map((r, i) => (
            <tr class="utrecht-table__row" key={i}>
              <th scope="row" class="utrecht-table__header-cell vl-historie__label">
                {r.label}
              </th>
              <td class="utrecht-table__cell">
                <Waarde v={r.nieuw} />
              </td>
              {vorig ? <VorigCel rij={r} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who made a version, when and what kind of change, for both columns. */
function VersieKop(props: { nieuw: VersieMeta; vorig: VersieMeta | null }): ComponentChildren {
  const { nieuw, vorig } = props;
  const rijen: VergelijkRij[] = [
    { label: h.versieDatumTijd, nieuw: formatDutchDateTime(nieuw.op), vorig: vorig ? formatDutchDateTime(vorig.op) : undefined, markering: null },
    { label: h.versieDoor, nieuw: nieuw.doorNaam, vorig: vorig?.doorNaam, markering: null },
    { label: h.versieSoort, nieuw: soortWijzigingTekst(nieuw.soortWijziging), vorig: vorig ? soortWijzigingTekst(vorig.soortWijziging) : undefined, markering: null },
  ];
  return <SectieTabel sectie={{ titel: h.sectieVersie, rijen }} nieuw={nieuw} vorig={vorig} />;
}

export function VersieVergelijking(props: { detail: VersieDetail; paden: HistoriePaden }): ComponentChildren {
  const { detail: d, paden } = props;
  return (
    <>
      {d.vorig ? (
        <>
          <p class="utrecht-paragraph">{h.versieIntro(d.nieuw.versie, d.vorig.versie)}</p>
          <p class="utrecht-paragraph vl-diff-samenvatting">
            <strong>{d.aantalVerschillen ? h.aantalVerschillen(d.aantalVerschillen) : h.geenVerschillen}</strong>
          </p>
        </>
      ) : (
        <p class="utrecht-paragraph">{h.eersteVersie}</p>
      )}
      <VersieKop nieuw={d.nieuw} vorig={d.vorig} />
      {d.secties.map((sectie) => (
        <SectieTabel key={sectie.titel} sectie={sectie} nieuw={d.nieuw} vorig={d.vorig} />
      ))}
      <nav class="vl-historie-nav" aria-label={h.navigatie}>
        <ul class="vl-historie-nav__list">
          {d.nieuw.versie > 1 ? (
            <li>
              <a class="utrecht-link" href={paden.versie(d.nieuw.versie - 1)}>
                {h.vorigeVersie(d.nieuw.versie - 1)}
              </a>
            </li>
          ) : null}
          {d.nieuw.versie < d.laatsteVersie ? (
            <li>
              <a class="utrecht-link" href={paden.versie(d.nieuw.versie + 1)}>
                {h.volgendeVersie(d.nieuw.versie + 1)}
              </a>
            </li>
          ) : null}
          <li>
            <a class="utrecht-link" href={paden.lijst}>
              {h.terugNaarLijst}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={paden.melding}>
              {h.terugNaarMelding}
            </a>
          </li>
        </ul>
      </nav>
    </>
  );
}
