// Screen "Gegevens leerling" (manual Afb. 25, R-MEL-6): ROD's data read-only, then how to
// reach the pupil or parent, up to 5 extra contacts (added and removed with buttons, so no
// JavaScript is needed) and an afwijkend adres in one of two forms.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { Radios } from '../../../../platform/ui/choices';
import { formatDutchDate } from '../../../../platform/datum';
import { errorFor } from '../../../../platform/ui/error-summary';
import { TextField } from '../../../../platform/ui/fields';
import { SummaryList } from '../../../../platform/ui/summary-list';
import { MAX_EXTRA_CONTACTEN } from '../../codes';
import { rijNummers, tekst } from '../invoer';
import { CONTACT } from '../leerling.parse';
import type { RodLeerling, StapViewProps } from '../stap';
import { ActieKnop, adresRegel, volledigeNaam } from './gedeeld';

export function RodGegevens({ leerling }: { leerling: RodLeerling }): ComponentChildren {
  return (
    <SummaryList
      title={s.rodKop}
      rows={[
        { key: s.pgn, value: leerling.pgn },
        { key: s.naam, value: volledigeNaam(leerling) },
        { key: s.geboortedatum, value: formatDutchDate(leerling.geboortedatum) },
        { key: s.adres, value: adresRegel(leerling) },
        { key: s.woongemeente, value: leerling.woongemeenteNaam },
      ]}
    />
  );
}

function ContactRij({ n, props }: { n: number; props: StapViewProps }): ComponentChildren {
  const veld = (naam: string) => `${CONTACT}-${n}-${naam}`;
  const f = (naam: string) => ({ name: veld(naam), value: tekst(props.invoer, veld(naam)), error: errorFor(props.errors, veld(naam)) });
  return (
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vl-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vl-legend">{s.contactN(n + 1)}</legend>
      <TextField {...f('naam')} label={s.contactNaam} autocomplete="off" width="md" />
      <TextField {...f('relatie')} label={s.contactRelatie} optional autocomplete="off" width="md" />
      <TextField {...f('telefoon')} label={s.contactTelefoon} optional type="tel" autocomplete="off" width="md" />
      <TextField {...f('email')} label={s.contactEmail} optional type="email" autocomplete="off" width="lg" spellcheck={false} />
      <ActieKnop value={`contact-verwijderen:${n}`} variant="subtle" context={s.contactVerwijderenContext(n + 1)}>
        {s.contactVerwijderen}
      </ActieKnop>
    </fieldset>
  );
}

function AfwijkendAdres(props: StapViewProps): ComponentChildren {
  const f = (name: string) => ({ name, value: tekst(props.invoer, name), error: errorFor(props.errors, name) });
  return (
    <>
      <Radios
        name="adresKeuze"
        label={s.adresKeuze}
        help={s.adresUitleg}
        value={tekst(props.invoer, 'adresKeuze') || 'geen'}
        error={errorFor(props.errors, 'adresKeuze')}
        options={[
          { value: 'geen', label: s.adresGeen },
          { value: 'straat', label: s.adresStraat },
          { value: 'locatie', label: s.adresLocatie },
        ]}
      />
      <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vl-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vl-legend">{s.adresStraat}</legend>
        <p class="utrecht-paragraph vl-hint">{s.alleenBijStraat}</p>
        <TextField {...f('adresStraat')} label={s.straat} autocomplete="off" width="lg" />
        <TextField {...f('adresHuisnummer')} label={s.huisnummer} autocomplete="off" width="xs" />
        <TextField {...f('adresPostcode')} label={s.postcode} autocomplete="off" width="sm" />
        <TextField {...f('adresPlaats')} label={s.plaats} autocomplete="off" width="md" />
      </fieldset>
      <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vl-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vl-legend">{s.adresLocatie}</legend>
        <p class="utrecht-paragraph vl-hint">{s.alleenBijLocatie}</p>
        <TextField {...f('adresLocatie')} label={s.locatieAdres} autocomplete="off" width="lg" />
        <TextField {...f('adresPlaatsnaam')} label={s.plaatsnaam} autocomplete="off" width="md" />
      </fieldset>
    </>
  );
}

export function LeerlingView(props: StapViewProps): ComponentChildren {
  const rijen = rijNummers(props.invoer, CONTACT);
  return (
    <>
      <RodGegevens leerling={props.ctx.feiten.leerling} />
      <TextField name="telefoon" label={s.telefoon} help={s.telefoonUitleg} optional type="tel" autocomplete="off" width="md" value={tekst(props.invoer, 'telefoon')} error={errorFor(props.errors, 'telefoon')} />
      <TextField name="email" label={s.email} help={s.emailUitleg} optional type="email" autocomplete="off" spellcheck={false} value={tekst(props.invoer, 'email')} error={errorFor(props.errors, 'email')} />
      <h2 class="utrecht-heading-2">{s.contactenKop}</h2>
      <p class="utrecht-paragraph">{s.contactenUitleg(MAX_EXTRA_CONTACTEN)}</p>
      {rijen.length === 0 ? <p class="utrecht-paragraph">{s.geenContacten}</p> : null}
      {rijen.map((n) => (
        <ContactRij key={n} n={n} props={props} />
      ))}
      {rijen.length < MAX_EXTRA_CONTACTEN ? (
        <p class="utrecht-paragraph">
          <ActieKnop value="contact-toevoegen">{s.contactToevoegen}</ActieKnop>
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">{s.adresKeuze}</h2>
      <AfwijkendAdres {...props} />
    </>
  );
}
