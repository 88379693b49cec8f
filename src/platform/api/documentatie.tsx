// The human-readable reference of the API at /api/v1/documentatie, rendered by the service
// itself from the served OpenAPI document (so it shows what the document says), in the pages'
// layout: our own stylesheets, no CDN, no inline script, CSP 'self'.
import { messages } from '../messages/index';
import { renderPage } from '../ui/layout';
import { PROBLEEM_ANTWOORDEN } from './openapi';
import { PROBLEEM_TYPES, type ProbleemStatus } from './problem';

const m = messages.api;
type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
}

const METHODEN = ['get', 'post', 'put', 'patch', 'delete'] as const;
const anker = (operationId: string) => `operatie-${operationId}`;

function Operatie({ methode, pad, op, componenten }: { methode: string; pad: string; op: Json; componenten: Record<string, Json> }) {
  const params = (op.parameters as Parameter[] | undefined) ?? [];
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const scope = ((op.security as Record<string, string[]>[] | undefined)?.[0]?.oauth2 ?? []).join(', ');
  const id = String(op.operationId);
  return (
    <section aria-labelledby={anker(id)}>
      <h3 class="utrecht-heading-3" id={anker(id)}>
        <code>
          {methode.toUpperCase()} /api/v1{pad}
        </code>{' '}
        – {String(op.summary)}
      </h3>
      <p class="utrecht-paragraph">{String(op.description)}</p>
      <p class="utrecht-paragraph">
        {m.scopeLabel}: <code>{scope || m.geenScope}</code> · operationId <code>{id}</code>
      </p>
      {params.length > 0 ? (
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">{m.parametersKop}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{m.naamKolom}</th>
              <th class="utrecht-table__header-cell" scope="col">{m.inKolom}</th>
              <th class="utrecht-table__header-cell" scope="col">{m.verplichtKolom}</th>
              <th class="utrecht-table__header-cell" scope="col">{m.omschrijvingKolom}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {params.map((p) => (
              <tr class="utrecht-table__row" key={`${p.in}-${p.name}`}>
                <td class="utrecht-table__cell">
                  <code>{p.name}</code>
                </td>
                <td class="utrecht-table__cell">{p.in}</td>
                <td class="utrecht-table__cell">{p.required ? m.ja : m.nee}</td>
                <td class="utrecht-table__cell">{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{m.antwoordenKop}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{m.statusKolom}</th>
            <th class="utrecht-table__header-cell" scope="col">{m.omschrijvingKolom}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {responses.map(([status, r]) => (
            <tr class="utrecht-table__row" key={status}>
              <td class="utrecht-table__cell">{status}</td>
              <td class="utrecht-table__cell">{beschrijving(r, componenten)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A response's description, following a $ref into components.responses. */
const beschrijving = (r: Json, componenten: Record<string, Json>): string => {
  const ref = typeof r.$ref === 'string' ? r.$ref.split('/').pop()! : undefined;
  const d = ref ? componenten[ref]?.description : r.description;
  return typeof d === 'string' ? d : '';
};

/** The reference page for a document from openApiDocument. */
export function documentatiePagina(document: Json): string {
  const componenten = ((document.components as Json | undefined)?.responses as Record<string, Json> | undefined) ?? {};
  const paths = Object.entries((document.paths as Record<string, Record<string, Json>>) ?? {});
  const operaties = paths.flatMap(([pad, item]) => METHODEN.filter((mt) => item[mt]).map((mt) => ({ pad, methode: mt, op: item[mt]! })));
  const info = document.info as { description: string; version: string };
  return renderPage(
    { title: m.documentatieTitel },
    <>
      <p class="utrecht-paragraph">
        {info.description} Versie {info.version}.
      </p>
      <p class="utrecht-paragraph">
        {m.documentatieIntro} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      <nav aria-labelledby="inhoud-kop">
        <h2 class="utrecht-heading-2" id="inhoud-kop">
          {m.inhoudsopgave}
        </h2>
        <ul class="utrecht-unordered-list">
          {operaties.map((o) => (
            <li key={String(o.op.operationId)}>
              <a href={`#${anker(String(o.op.operationId))}`}>
                {o.methode.toUpperCase()} /api/v1{o.pad}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="utrecht-heading-2">{m.authenticatieKop}</h2>
      <p class="utrecht-paragraph">{m.authenticatieTekst}</p>
      <h2 class="utrecht-heading-2">{m.foutenKop}</h2>
      <p class="utrecht-paragraph">{m.foutenTekst}</p>
      <dl>
        {Object.entries(PROBLEEM_TYPES).map(([status, type]) => (
          <div key={type}>
            <dt id={`probleem-${type}`}>
              <code>#probleem-{type}</code> ({status})
            </dt>
            <dd>{PROBLEEM_ANTWOORDEN[Number(status) as ProbleemStatus].description}</dd>
          </div>
        ))}
      </dl>
      <h2 class="utrecht-heading-2">{m.bewerkingenKop}</h2>
      {operaties.map((o) => (
        <Operatie key={String(o.op.operationId)} methode={o.methode} pad={o.pad} op={o.op} componenten={componenten} />
      ))}
    </>,
  );
}
