// The Registers page of functioneel beheer: the history of register imports in the shared
// Overzicht (R-UI-2), and one import's report with the rows that were refused (R-REG-3).
import type { ComponentChildren } from 'preact';
import { registerImportMessages as t } from '../messages';
import { formatDutchDate, formatDutchDateTime } from '../../../platform/datum';
import { Overzicht, type OverzichtColumn } from '../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../platform/ui/overzicht-state';
import { SummaryList } from '../../../platform/ui/summary-list';
import type { ImportRow } from '../import/import.repository';
import type { RegisterImportsTable, RowError } from '../registers.tables';

export const REGISTERS_PAD = '/beheer/registers';

const count = (n: number | null) => (n === null ? '' : n.toLocaleString('nl-NL'));

const columns: readonly OverzichtColumn<ImportRow>[] = [
  { key: 'gestart', label: t.kolom.gestart, sortable: true, render: (r) => <a href={`${REGISTERS_PAD}/${r.id}`}>{formatDutchDateTime(r.gestart_op, { seconds: false })}</a> },
  { key: 'soort', label: t.kolom.soort, sortable: true, render: (r) => t.soorten[r.soort] },
  { key: 'bestand', label: t.kolom.bestand, render: (r) => r.bestandsnaam },
  { key: 'door', label: t.kolom.door, render: (r) => r.door_naam },
  { key: 'resultaat', label: t.kolom.resultaat, sortable: true, render: (r) => t.resultaten[r.resultaat] },
  { key: 'rijen', label: t.kolom.rijen, numeric: true, render: (r) => count(r.rijen) },
  { key: 'toegevoegd', label: t.kolom.toegevoegd, numeric: true, render: (r) => count(r.toegevoegd) },
  { key: 'gewijzigd', label: t.kolom.gewijzigd, numeric: true, render: (r) => count(r.gewijzigd) },
  { key: 'beeindigd', label: t.kolom.beeindigd, numeric: true, render: (r) => count(r.beeindigd) },
];

/**
 * The Registers page: the upload form (views/upload.tsx, passed in by the route), what a
 * refused upload found, and the history.
 */
export function RegistersPagina(props: {
  rows: readonly ImportRow[];
  total: number;
  state: OverzichtState;
  query: QueryInput;
  form: ComponentChildren;
  refused?: { importId: string; fouten: readonly RowError[]; meer: number } | undefined;
}): ComponentChildren {
  return (
    <>
      <p>{t.intro}</p>
      <h2>{t.upload.titel}</h2>
      <p>{t.uploadUitleg}</p>
      {props.form}
      {props.refused ? (
        <>
          <Fouten fouten={props.refused.fouten} meer={props.refused.meer} />
          <p>
            <a href={`${REGISTERS_PAD}/${props.refused.importId}`}>{t.upload.verslag}</a>
          </p>
        </>
      ) : null}
      <h2>{t.historieTitel}</h2>
      <Overzicht
        caption={t.historieTitel}
        captionHidden
        columns={columns}
        rows={props.rows}
        total={props.total}
        state={props.state}
        baseUrl={REGISTERS_PAD}
        query={props.query}
        nounSingular={t.enkelvoud}
        nounPlural={t.meervoud}
        empty={t.geenImports}
        rowKey={(r) => r.id}
      />
    </>
  );
}

type ImportDetail = Omit<RegisterImportsTable, 'id' | 'fouten' | 'fouten_meer'> & { id: string; fouten: RowError[]; fouten_meer: number };

function Fouten({ fouten, meer }: { fouten: readonly RowError[]; meer: number }): ComponentChildren {
  return (
    <section>
      <h2>{t.foutenTitel}</h2>
      <p>{t.foutenIntro}</p>
      <div class="utrecht-table-container vl-table-container">
        <table class="utrecht-table utrecht-table--html-table vl-table">
          <caption class="utrecht-table__caption visually-hidden">{t.foutenTitel}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t.kolom.regel}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.kolom.kolom}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.kolom.reden}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {fouten.map((f, i) => (
              <tr class="utrecht-table__row" key={i}>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{f.line > 0 ? f.line : t.heelBestand}</td>
                <td class="utrecht-table__cell">{f.column}</td>
                <td class="utrecht-table__cell">{f.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {meer > 0 ? <p>{t.meerFouten(meer)}</p> : null}
    </section>
  );
}

export function ImportPagina({ imp }: { imp: ImportDetail }): ComponentChildren {
  const k = t.kolom;
  return (
    <>
      <SummaryList
        rows={[
          { key: k.soort, value: t.soorten[imp.soort] },
          { key: k.bestand, value: imp.bestandsnaam },
          { key: k.peildatum, value: formatDutchDate(imp.peildatum) },
          { key: k.gestart, value: formatDutchDateTime(imp.gestart_op, { seconds: false }) },
          { key: k.beeindigdOp, value: formatDutchDateTime(imp.beeindigd_op, { seconds: false }) },
          { key: k.door, value: imp.door_naam },
          { key: k.resultaat, value: t.resultaten[imp.resultaat] },
          { key: k.rijen, value: count(imp.rijen) },
          ...(imp.resultaat === 'geladen'
            ? [
                { key: k.toegevoegd, value: count(imp.toegevoegd) },
                { key: k.gewijzigd, value: count(imp.gewijzigd) },
                { key: k.beeindigd, value: count(imp.beeindigd) },
                { key: k.ongewijzigd, value: count(imp.ongewijzigd) },
              ]
            : []),
          { key: k.sha256, value: imp.sha256 ? <code>{imp.sha256}</code> : '' },
        ]}
      />
      {imp.fouten.length > 0 ? <Fouten fouten={imp.fouten} meer={imp.fouten_meer} /> : null}
      <p>
        <a href={REGISTERS_PAD}>{t.terug}</a>
      </p>
    </>
  );
}
