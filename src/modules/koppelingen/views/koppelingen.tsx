// The koppelingen pages of functioneel beheer: the list, the registration form, a koppeling's
// page with its key rotation form, and the confirmation of (de)activating.
import type { ComponentChildren } from 'preact';
import { API_SCOPES } from '../../../platform/api/client';
import { formatDutchDateTime } from '../../../platform/datum';
import { str, type FormValues } from '../../../platform/http/form';
import { Checkboxes, Radios } from '../../../platform/ui/choices';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, KnopLink, TextArea, TextField } from '../../../platform/ui/fields';
import { SummaryList } from '../../../platform/ui/summary-list';
import { SOORTEN, type KoppelingRow } from '../koppelingen.tables';
import { koppelingenMessages } from '../messages';

const t = koppelingenMessages;
export const KOPPELINGEN_PAD = '/beheer/koppelingen';

const lijstVan = (v: FormValues, naam: string): string[] => {
  const x = v[naam];
  return x === undefined ? [] : typeof x === 'string' ? [x] : x;
};

export function KoppelingenLijst({ rows }: { rows: readonly KoppelingRow[] }): ComponentChildren {
  const l = t.lijst;
  return (
    <>
      <p>{l.intro}</p>
      <p>
        <KnopLink href={`${KOPPELINGEN_PAD}/nieuw`}>{l.toevoegen}</KnopLink>
      </p>
      {rows.length === 0 ? (
        <p>{l.leeg}</p>
      ) : (
        <div class="utrecht-table-container vl-table-container">
          <table class="utrecht-table utrecht-table--html-table vl-table">
            <caption class="utrecht-table__caption visually-hidden">{l.caption}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {[l.kolomNaam, l.kolomSoort, l.kolomCodes, l.kolomScopes, l.kolomStatus].map((k) => (
                  <th key={k} scope="col" class="utrecht-table__header-cell">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((k) => (
                <tr class="utrecht-table__row" key={k.id}>
                  <td class="utrecht-table__cell">
                    <a href={`${KOPPELINGEN_PAD}/${k.id}`}>{k.naam}</a>
                  </td>
                  <td class="utrecht-table__cell">{t.soort[k.soort]}</td>
                  <td class="utrecht-table__cell">{k.codes.join(', ')}</td>
                  <td class="utrecht-table__cell">{k.scopes.join(', ')}</td>
                  <td class="utrecht-table__cell">{t.status(k.actief)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function SleutelVelden({ v, e }: { v: FormValues; e: (veld: string) => string | undefined }): ComponentChildren {
  const n = t.nieuw;
  return (
    <>
      <TextArea name="jwks" label={n.jwks} hint={n.jwksHint} value={str(v, 'jwks')} error={e('jwks')} rows={8} optional />
      <TextField name="jwksUrl" label={n.jwksUrl} hint={n.jwksUrlHint} value={str(v, 'jwksUrl')} error={e('jwksUrl')} type="url" spellcheck={false} autocomplete="off" optional />
    </>
  );
}

/** The registration form; on an error everything typed comes back. */
export function NieuweKoppelingForm(props: { csrf: string; values?: FormValues; errors?: readonly FieldError[] }): ComponentChildren {
  const n = t.nieuw;
  const v = props.values ?? {};
  const e = (veld: string) => errorFor(props.errors, veld);
  return (
    <form method="post" action={`${KOPPELINGEN_PAD}/nieuw`} novalidate>
      <HiddenCsrf token={props.csrf} />
      <TextField name="naam" label={n.naam} hint={n.naamHint} value={str(v, 'naam')} error={e('naam')} autocomplete="off" />
      <Radios name="soort" label={n.soort} value={str(v, 'soort')} error={e('soort')} options={SOORTEN.map((s) => ({ value: s, label: t.soort[s]! }))} />
      <TextField name="codes" label={n.codes} hint={n.codesHint} value={str(v, 'codes')} error={e('codes')} autocomplete="off" spellcheck={false} />
      <Checkboxes
        name="scopes"
        label={n.scopes}
        hint={n.scopesHint}
        values={lijstVan(v, 'scopes')}
        error={e('scopes')}
        options={Object.entries(API_SCOPES).map(([value, hint]) => ({ value, label: value, hint }))}
      />
      <SleutelVelden v={v} e={e} />
      <div class="vl-button-group">
        <Button>{n.knop}</Button>
        <a href={KOPPELINGEN_PAD}>{n.annuleren}</a>
      </div>
    </form>
  );
}

export function KoppelingDetail(props: { k: KoppelingRow; tokenEndpoint: string; csrf: string; values?: FormValues; errors?: readonly FieldError[] }): ComponentChildren {
  const { k } = props;
  const d = t.detail;
  const e = (veld: string) => errorFor(props.errors, veld);
  return (
    <>
      <SummaryList
        title={d.gegevens}
        rows={[
          { key: d.id, value: <code>{k.id}</code> },
          { key: d.tokenAdres, value: <code>{props.tokenEndpoint}</code> },
          { key: t.lijst.kolomSoort, value: t.soort[k.soort] },
          { key: t.lijst.kolomCodes, value: k.codes.join(', ') },
          { key: t.lijst.kolomScopes, value: k.scopes.join(', ') },
          { key: d.sleutels, value: k.jwks ? d.sleutelsJwks(k.jwks.keys.length) : d.sleutelsUrl(k.jwks_url ?? '') },
          { key: t.lijst.kolomStatus, value: t.status(k.actief) },
          { key: '', value: d.aangemaakt(k.aangemaakt_door, formatDutchDateTime(k.aangemaakt_op)) },
        ]}
      />
      <h2>{d.sleutelsVervangenTitel}</h2>
      <p>{d.sleutelsVervangenIntro}</p>
      <form method="post" action={`${KOPPELINGEN_PAD}/${k.id}/sleutels`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <SleutelVelden v={props.values ?? {}} e={e} />
        <Button variant="secondary">{d.sleutelsVervangenKnop}</Button>
      </form>
      <p>
        <KnopLink href={`${KOPPELINGEN_PAD}/${k.id}/${k.actief ? 'deactiveren' : 'activeren'}`} variant="secondary">
          {k.actief ? d.deactiveren : d.activeren}
        </KnopLink>
      </p>
      <p>
        <a href={KOPPELINGEN_PAD}>{d.terug}</a>
      </p>
    </>
  );
}

export function KoppelingBevestigen(props: { tekst: string; knop: string; actie: string; terug: string; csrf: string }): ComponentChildren {
  return (
    <>
      <p>{props.tekst}</p>
      <form method="post" action={props.actie}>
        <HiddenCsrf token={props.csrf} />
        <div class="vl-button-group">
          <Button>{props.knop}</Button>
          <a href={props.terug}>{t.bevestigen.annuleren}</a>
        </div>
      </form>
    </>
  );
}
