// The users overview (search + Overzicht) and the form to add a user.
import type { ComponentChildren } from 'preact';
import { beheerMessages } from '../messages';
import { str, type FormValues } from '../../../../platform/http/form';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { Button, HiddenCsrf, PasswordField, TextField } from '../../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../../platform/ui/overzicht';
import { PARAM, type OverzichtState, type QueryInput } from '../../../../platform/ui/overzicht-state';
import type { GebruikerOverzichtRij } from '../../gebruikers.service';
import { MIN_PASSWORD_LENGTH } from '../../password';

const t = beheerMessages;
export const GEBRUIKERS_PAD = '/beheer/gebruikers';

/** The roles in a few words: "Melder (00AA), Behandelaar (0363)". */
export function rollenKort(rollen: GebruikerOverzichtRij['rollen']): string {
  if (rollen.length === 0) return t.gebruikers.geenRollen;
  return rollen
    .map((r) => {
      const code = r.instellingscode ?? r.gemeentecode;
      return code ? `${t.rolKort[r.rol]} (${code})` : t.rolKort[r.rol];
    })
    .join(', ');
}

const columns: readonly OverzichtColumn<GebruikerOverzichtRij>[] = [
  { key: 'inlognaam', label: t.gebruikers.kolomInlognaam, sortable: true, render: (r) => <a href={`${GEBRUIKERS_PAD}/${r.id}`}>{r.gebruikersnaam}</a> },
  { key: 'naam', label: t.gebruikers.kolomNaam, sortable: true, render: (r) => r.weergavenaam },
  { key: 'rollen', label: t.gebruikers.kolomRollen, render: (r) => rollenKort(r.rollen) },
  {
    key: 'status',
    label: t.gebruikers.kolomStatus,
    sortable: true,
    render: (r) => (
      <>
        {r.geblokkeerd ? t.gebruikers.geblokkeerd : t.gebruikers.actief}
        <br />
        {t.gebruikers.tokenGekoppeld(r.totp_actief)}
      </>
    ),
  },
];

export function GebruikersLijst(props: {
  zoek: string;
  /** The message at the search field (a refused character). */
  fout?: string | undefined;
  state: OverzichtState;
  rows: readonly GebruikerOverzichtRij[];
  total: number;
  query: QueryInput;
}): ComponentChildren {
  const g = t.gebruikers;
  return (
    <>
      {/* A new search starts at page 1 but keeps the rows per page and the sort. */}
      <form method="get" action={GEBRUIKERS_PAD} role="search">
        <TextField name="zoek" label={g.zoekLabel} hint={g.zoekHint} value={props.zoek} error={props.fout} type="search" spellcheck={false} />
        <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
        <input type="hidden" name={PARAM.sort} value={props.state.sort} />
        <input type="hidden" name={PARAM.dir} value={props.state.dir} />
        <Button variant="secondary">{g.zoekKnop}</Button>
      </form>
      <p>
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`${GEBRUIKERS_PAD}/nieuw`}>
          {g.toevoegenKnop}
        </a>
      </p>
      <Overzicht
        caption={g.caption}
        captionHidden
        columns={columns}
        rows={props.rows}
        total={props.total}
        state={props.state}
        baseUrl={GEBRUIKERS_PAD}
        query={props.query}
        nounSingular={g.enkelvoud}
        nounPlural={g.meervoud}
        rowKey={(r) => r.id}
      />
    </>
  );
}

/** The form to add a user; on an error everything typed comes back except the password. */
export function NieuweGebruikerForm(props: { csrf: string; values?: FormValues; errors?: readonly FieldError[] }): ComponentChildren {
  const n = t.nieuw;
  const v = props.values ?? {};
  const e = (field: string) => errorFor(props.errors, field);
  return (
    <>
      <p>{n.intro}</p>
      <form method="post" action={`${GEBRUIKERS_PAD}/nieuw`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <TextField name="gebruikersnaam" label={n.inlognaam} hint={n.inlognaamHint} value={str(v, 'gebruikersnaam')} error={e('gebruikersnaam')} autocomplete="off" spellcheck={false} width="md" />
        <TextField name="weergavenaam" label={n.naam} value={str(v, 'weergavenaam')} error={e('weergavenaam')} autocomplete="off" />
        <TextField name="email" label={n.email} type="email" optional value={str(v, 'email')} error={e('email')} autocomplete="off" spellcheck={false} />
        <PasswordField name="wachtwoord" label={n.wachtwoord} hint={n.wachtwoordHint(MIN_PASSWORD_LENGTH)} error={e('wachtwoord')} autocomplete="new-password" />
        <div class="vl-button-group">
          <Button>{n.knop}</Button>
          <a href={GEBRUIKERS_PAD}>{n.annuleren}</a>
        </div>
      </form>
    </>
  );
}
