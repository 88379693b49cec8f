// One user: details, roles (each removable), a form to add a role, and the actions that go
// through a confirmation page (token resetten, blokkeren / deblokkeren).
import type { ComponentChildren } from 'preact';
import { str, type FormValues } from '../../../../platform/http/form';
import { beheerMessages } from '../messages';
import { gebruikersMessages } from '../../messages';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { Button, FieldErrorMessage, HiddenCsrf, Select, TextField } from '../../../../platform/ui/fields';
import { SummaryList } from '../../../../platform/ui/summary-list';
import { ROLLEN, type GebruikerRow } from '../../auth.tables';
import type { RolMetNaam } from '../../gebruikers.service';
import { blokkerenBesluit, rolVerwijderenBesluit, type ActorId } from '../rules';
import { GEBRUIKERS_PAD } from './gebruikers';
import { formatDutchDateTime } from '../../../../platform/datum';

const t = beheerMessages;
const rolNamen = gebruikersMessages.rolNamen;

export interface DetailProps {
  gebruiker: GebruikerRow;
  rollen: readonly RolMetNaam[];
  csrf: string;
  actor: ActorId;
  /** Of the add-role form, or 'rollen' for a refused removal. */
  errors?: readonly FieldError[];
  values?: FormValues;
}

export function GebruikerDetail(props: DetailProps): ComponentChildren {
  const { gebruiker: g } = props;
  const d = t.detail;
  const pad = `${GEBRUIKERS_PAD}/${g.id}`;
  return (
    <>
      <SummaryList
        title={d.gegevens}
        rows={[
          { key: d.inlognaam, value: g.gebruikersnaam },
          { key: d.naam, value: g.weergavenaam },
          { key: d.email, value: g.email },
          { key: d.status, value: g.geblokkeerd ? t.gebruikers.geblokkeerd : t.gebruikers.actief },
          { key: d.token, value: g.totp_actief ? d.tokenGekoppeld : d.tokenNietGekoppeld },
          { key: d.aangemaakt, value: formatDutchDateTime(g.aangemaakt_op) },
        ]}
      />
      <Rollen {...props} pad={pad} />
      <RolToevoegen {...props} pad={pad} />
      <Acties {...props} pad={pad} />
      <p>
        <a href={GEBRUIKERS_PAD}>{d.terug}</a>
      </p>
    </>
  );
}

function Rollen(props: DetailProps & { pad: string }): ComponentChildren {
  const d = t.detail;
  const fout = errorFor(props.errors, 'rollen');
  return (
    <section>
      {/* id=rollen: the error summary's link for a refused removal lands here. */}
      <h2 id="rollen" tabIndex={-1}>
        {d.rollen}
      </h2>
      {fout ? <FieldErrorMessage id="rollen" text={fout} /> : null}
      {props.rollen.length === 0 ? (
        <p>{d.geenRollen}</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table vl-table">
          <caption class="utrecht-table__caption visually-hidden">{d.rollen}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">{d.kolomRol}</th>
              <th scope="col" class="utrecht-table__header-cell">{d.kolomCode}</th>
              <th scope="col" class="utrecht-table__header-cell">{d.kolomActie}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {props.rollen.map((r) => (
              <tr class="utrecht-table__row" key={r.id}>
                <td class="utrecht-table__cell">{rolNamen[r.rol]}</td>
                <td class="utrecht-table__cell">{r.code ? (r.naam ? `${r.code} - ${r.naam}` : r.code) : ''}</td>
                <td class="utrecht-table__cell">
                  {rolVerwijderenBesluit(props.actor, props.gebruiker.id, r) ?? (
                    <form method="post" action={`${props.pad}/rollen/${r.id}/verwijderen`}>
                      <HiddenCsrf token={props.csrf} />
                      <button class="utrecht-button utrecht-button--secondary-action" type="submit">
                        {d.verwijderen}
                        <span class="visually-hidden">{d.verwijderenContext(`${rolNamen[r.rol]}${r.code ? ` ${r.code}` : ''}`)}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RolToevoegen(props: DetailProps & { pad: string }): ComponentChildren {
  const d = t.detail;
  const v = props.values ?? {};
  return (
    <section>
      <h2>{d.rolToevoegen}</h2>
      <form method="post" action={`${props.pad}/rollen`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <Select
          name="rol"
          label={d.rol}
          options={ROLLEN.map((r) => ({ value: r, label: rolNamen[r] }))}
          value={str(v, 'rol')}
          error={errorFor(props.errors, 'rol')}
        />
        <TextField name="code" label={d.code} hint={d.codeHint} value={str(v, 'code')} error={errorFor(props.errors, 'code')} width="sm" autocomplete="off" spellcheck={false} />
        <Button>{d.rolToevoegenKnop}</Button>
      </form>
    </section>
  );
}

/** GET forms: each leads to its confirmation page, where the POST with the CSRF token is. */
function Acties(props: DetailProps & { pad: string }): ComponentChildren {
  const d = t.detail;
  const g = props.gebruiker;
  const blokkeerWeigering = g.geblokkeerd ? null : blokkerenBesluit(props.actor, g.id);
  return (
    <section>
      <h2>{d.acties}</h2>
      <div class="vl-button-group">
        <form method="get" action={`${props.pad}/token-resetten`}>
          <Button variant="secondary">{d.tokenResetten}</Button>
        </form>
        {blokkeerWeigering ? (
          <p>{blokkeerWeigering}</p>
        ) : (
          <form method="get" action={`${props.pad}/${g.geblokkeerd ? 'deblokkeren' : 'blokkeren'}`}>
            <Button variant="secondary">{g.geblokkeerd ? d.deblokkeren : d.blokkeren}</Button>
          </form>
        )}
      </div>
    </section>
  );
}
