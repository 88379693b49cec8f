// One page per action of the gemeente (R-GEM-3): a short summary of the melding, the action's
// form with the version the behandelaar saw as a hidden field (R-RAA-4), and Opslaan. Works
// without JavaScript. On a conflict the page comes back with the input kept, a message, and
// the melding as it is now.
import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../platform/http/form';
import { gemeenteActieLabels, gemeenteScherm as s } from '../messages';
import { overdrachtLabels, redenAfgeslotenLabels, toelichtingAfsluitingLabels, statusLabels, OVERDRACHT_PARTIJEN, REDENEN_AFGESLOTEN, TOELICHTINGEN_AFSLUITING } from '../../meldingen/face';
import { Radios } from '../../../platform/ui/choices';
import { formatDutchDate, vandaagIn } from '../../../platform/datum';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, KnopLink, Select, TextArea, TextField } from '../../../platform/ui/fields';
import type { ActiePagina } from '../gemeente.service';
import { ANDERS_MAX, CP_EMAIL_MAX, CP_FUNCTIE_MAX, CP_NAAM_MAX, sluitDatum, TOELICHTING_MAX, type GemeenteActie } from '../rules';
import { actiePad, gemeenteMeldingPad, MeldingKern } from './melding';

const waarde = (v: FormValues, k: string) => {
  const x = v[k];
  return typeof x === 'string' ? x : '';
};

export function actieTitel(actie: GemeenteActie, nummer: string): string {
  return s.actieTitel(gemeenteActieLabels[actie] ?? actie, nummer);
}

function Velden(props: { actie: GemeenteActie; p: ActiePagina; errors: readonly FieldError[]; nu: Date }): ComponentChildren {
  const { actie, p, errors } = props;
  const v = p.waarden;
  const e = (k: string) => errorFor(errors, k);
  switch (actie) {
    case 'in_behandeling_nemen':
      return (
        <>
          <p class="utrecht-paragraph">{s.inBehandelingIntro}</p>
          <TextField name="naam" label={s.cpNaam} value={waarde(v, 'naam')} error={e('naam')} maxLength={CP_NAAM_MAX} autocomplete="name" />
          <TextField name="functie" label={s.cpFunctie} value={waarde(v, 'functie')} error={e('functie')} maxLength={CP_FUNCTIE_MAX} optional width="md" autocomplete="organization-title" />
          <TextField name="telefoon" label={s.cpTelefoon} value={waarde(v, 'telefoon')} error={e('telefoon')} type="tel" optional width="md" autocomplete="tel" />
          <TextField name="email" label={s.cpEmail} value={waarde(v, 'email')} error={e('email')} type="email" maxLength={CP_EMAIL_MAX} autocomplete="email" spellcheck={false} />
        </>
      );
    case 'terugkoppelen':
      return (
        <>
          <p class="utrecht-paragraph">{s.terugkoppelenIntro}</p>
          <TextArea name="toelichting" label={s.toelichting} value={waarde(v, 'toelichting')} error={e('toelichting')} maxLength={TOELICHTING_MAX} />
        </>
      );
    case 'overdragen':
      return (
        <>
          <p class="utrecht-paragraph">{s.overdragenIntro}</p>
          <Radios name="partij" label={s.partij} value={waarde(v, 'partij')} error={e('partij')} options={OVERDRACHT_PARTIJEN.map((o) => ({ value: o, label: overdrachtLabels[o] }))} />
          <TextField name="anders" label={s.anders} hint={s.andersHint} value={waarde(v, 'anders')} error={e('anders')} maxLength={ANDERS_MAX} optional />
        </>
      );
    case 'afsluiten':
      return (
        <>
          <p class="utrecht-paragraph">{s.afsluitenIntro}</p>
          <ZonderTm p={p} nu={props.nu} />
          <Radios name="reden" label={s.reden} value={waarde(v, 'reden')} error={e('reden')} options={REDENEN_AFGESLOTEN.map((o) => ({ value: o, label: redenAfgeslotenLabels[o] }))} />
          <Radios
            name="toelichtingAfsluiting"
            label={s.toelichtingAfsluitingVeld}
            value={waarde(v, 'toelichtingAfsluiting')}
            error={e('toelichtingAfsluiting')}
            optional
            options={TOELICHTINGEN_AFSLUITING.map((o) => ({ value: o, label: toelichtingAfsluitingLabels[o] }))}
          />
        </>
      );
    case 'ter_kennisgeving_aannemen':
      return (
        <>
          <p class="utrecht-paragraph">{s.terKennisgevingIntro}</p>
          <ZonderTm p={p} nu={props.nu} />
        </>
      );
    case 'routeren':
      return (
        <>
          <p class="utrecht-paragraph">{s.routerenIntro}</p>
          <Select
            name="gemeente"
            label={s.routerenGemeente}
            value={waarde(v, 'gemeente')}
            error={e('gemeente')}
            options={p.gemeenten.map((g) => ({ value: g.gemeentecode, label: `${g.naam} (${g.gemeentecode})` }))}
          />
        </>
      );
  }
}

/** R-GEM-4 said before it happens: closing a melding without t/m gives it one. */
function ZonderTm(props: { p: ActiePagina; nu: Date }): ComponentChildren {
  const m = props.p.melding;
  if (m.einddatum !== null) return null;
  return <p class="utrecht-paragraph">{s.afsluitenZonderTm(formatDutchDate(sluitDatum(vandaagIn(props.nu), m.begindatum)))}</p>;
}

export function ActieFormulier(props: {
  actie: GemeenteActie;
  pagina: ActiePagina;
  csrf: string;
  nu: Date;
  errors?: readonly FieldError[];
  /** Set after a conflict: who saved the version now shown. */
  conflict?: { door: string };
}): ComponentChildren {
  const { actie, pagina: p } = props;
  const m = p.melding;
  return (
    <>
      {props.conflict ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <h2 class="utrecht-heading-2">{s.conflictKop}</h2>
            <p class="utrecht-paragraph">{s.conflict(m.versie, props.conflict.door)}</p>
          </div>
        </div>
      ) : null}
      <MeldingKern m={m} />
      <form method="post" action={actiePad(m.nummer, actie)} novalidate>
        <HiddenCsrf token={props.csrf} />
        <input type="hidden" name="versie" value={String(m.versie)} />
        <Velden actie={actie} p={p} errors={props.errors ?? []} nu={props.nu} />
        <div class="vl-button-group">
          <Button>{actie === 'in_behandeling_nemen' || actie === 'afsluiten' || actie === 'ter_kennisgeving_aannemen' || actie === 'routeren' ? gemeenteActieLabels[actie] : s.opslaan}</Button>
          <KnopLink href={gemeenteMeldingPad(m.nummer)} variant="secondary">
            {s.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}

/** The action is not possible in the melding's status (R-GEM-3, R-RAA-5): nothing was written. */
export function NietToegestaan(props: { actie: GemeenteActie; nummer: string; status: keyof typeof statusLabels }): ComponentChildren {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{s.nietToegestaan(gemeenteActieLabels[props.actie] ?? props.actie, statusLabels[props.status])}</p>
        </div>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={gemeenteMeldingPad(props.nummer)}>
          {s.terugNaarMelding}
        </a>
      </p>
    </>
  );
}
