// Screen "Gegevens melding" (manual Afb. 26–28, R-MEL-7 … R-MEL-13). Without JavaScript every
// question shows; hints say when one applies, and the server refuses what does not fit. The
// kinds offered follow the pupil's age on the typed first day (or today, before one is typed).
// public/js/formulier.js enhances it: it hides prioriteit and the verbijzondering while they do
// not apply, and offers the kinds for the van as it is typed (R-MEL-9, R-MEL-13).
// In edit mode (Afb. 37, R-RAA-3) begindatum and soort are shown, not asked: they cannot
// change, and the verbijzondering is asked only for Overig verzuim.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s, soortLabels, verbijzonderingLabels } from '../../messages';
import { jaNee, Radios } from '../../../../platform/ui/choices';
import { DateInput } from '../../../../platform/ui/date-input';
import { formatDutchDate, parseDutchDate } from '../../../../platform/datum';
import { errorFor } from '../../../../platform/ui/error-summary';
import { Select, TextArea, TextField } from '../../../../platform/ui/fields';
import { SummaryList } from '../../../../platform/ui/summary-list';
import { formatPostcode } from '../../../registers/face';
import { MAX_REDEN_LENGTE, SOORTEN, STANDAARD_REDENEN, VERBIJZONDERINGEN, type Soort } from '../../codes';
import { leeftijdOp, MEERDERJARIG, soortenVoorLeeftijd } from '../../rules';
import { tekst } from '../invoer';
import type { StapViewProps } from '../stap';
import { CONTACT_NAAM_MAX, FUNCTIE_MAX, olcUitkomst, TOELICHTING_MAX } from '../verzuim.parse';
import { ActieKnop } from './gedeeld';

/** Which age the kind is for: under MEERDERJARIG (min), from it (plus), or any (R-MEL-9). */
function leeftijdsgroep(code: Soort): string {
  const min = soortenVoorLeeftijd(MEERDERJARIG - 1).includes(code);
  const plus = soortenVoorLeeftijd(MEERDERJARIG).includes(code);
  return min && plus ? 'alle' : min ? 'min' : 'plus';
}

/**
 * The kinds for the pupil's age on the typed van (R-MEL-9). All six are in the page, those of
 * the other age hidden: formulier.js offers them as soon as a van of that age is typed; without
 * it, "Toon keuzes" asks the server to show the choices for the van typed.
 */
function SoortKeuze(props: StapViewProps): ComponentChildren {
  const { feiten } = props.ctx;
  const van = parseDutchDate(tekst(props.invoer, 'van'));
  const peildatum = van && van <= feiten.vandaag ? van : feiten.vandaag;
  const leeftijd = leeftijdOp(feiten.leerling.geboortedatum, peildatum);
  const aangeboden = soortenVoorLeeftijd(leeftijd);
  return (
    <>
      <p class="utrecht-paragraph" data-zonder-js>
        <ActieKnop value="keuzes" variant="secondary" context={s.soortKeuzesContext}>
          {s.soortKeuzesTonen}
        </ActieKnop>
      </p>
      <div
        data-leeftijdkeuze
        data-datumveld="van"
        data-geboortedatum={feiten.leerling.geboortedatum}
        data-vandaag={feiten.vandaag}
        data-meerderjarig={String(MEERDERJARIG)}
        data-hint={s.soortHint('{leeftijd}', '{op}')}
      >
        <Radios
          name="soort"
          label={s.soort}
          hint={s.soortHint(String(leeftijd), formatDutchDate(peildatum))}
          help={<SoortUitleg />}
          value={tekst(props.invoer, 'soort')}
          error={errorFor(props.errors, 'soort')}
          options={SOORTEN.map((code) => ({ value: code, label: soortLabels[code], hidden: !aangeboden.includes(code), data: { groep: leeftijdsgroep(code) } }))}
        />
      </div>
    </>
  );
}

/** The six kinds as the manual defines them (§4.1), and why sickness is not reported. */
function SoortUitleg(): ComponentChildren {
  return (
    <>
      <dl class="vl-definities">
        {SOORTEN.map((code) => (
          <div key={code}>
            <dt>{soortLabels[code]}</dt>
            <dd>{s.soortUitleg[code]}</dd>
          </div>
        ))}
      </dl>
      <p class="utrecht-paragraph">{s.soortAltijd}</p>
      <p class="utrecht-paragraph">{s.ziekteverzuim}</p>
    </>
  );
}

function Reden(props: StapViewProps): ComponentChildren {
  return (
    <>
      <TextArea name="reden" label={s.reden} help={s.redenUitleg} maxLength={MAX_REDEN_LENGTE} rows={3} value={tekst(props.invoer, 'reden')} error={errorFor(props.errors, 'reden')} />
      <div class="vl-field">
        <p class="utrecht-paragraph vl-hint">{s.standaardTekstKop}</p>
        <div class="vl-button-group">
          {STANDAARD_REDENEN.map((r, i) => (
            <ActieKnop key={r} value={`reden:${i}`} variant="secondary">
              {s.standaardTekstKnop(r)}
            </ActieKnop>
          ))}
        </div>
      </div>
    </>
  );
}

function Locaties(props: StapViewProps): ComponentChildren {
  const { feiten } = props.ctx;
  const olc = tekst(props.invoer, 'olc');
  const uitkomst = olcUitkomst(feiten, olc);
  const status = { leeg: null, formaat: s.olcFormaatKort, onbekend: s.olcOnbekend } as const;
  return (
    <>
      <Select name="oac" label={s.oac} help={s.oacUitleg} optional value={tekst(props.invoer, 'oac')} error={errorFor(props.errors, 'oac')} options={feiten.aanbieders.map((a) => ({ value: a.code, label: `${a.code} - ${a.naam}` }))} />
      <TextField name="olc" label={s.olc} help={s.olcUitleg} optional width="sm" autocomplete="off" spellcheck={false} value={olc} error={errorFor(props.errors, 'olc')} />
      <p class="utrecht-paragraph" role="status">
        {uitkomst.soort === 'gevonden' ? s.olcGevonden(formatPostcode(uitkomst.locatie.postcode), uitkomst.locatie.huisnummer) : status[uitkomst.soort]}{' '}
        <ActieKnop value="olc-controleren" variant="subtle">
          {s.olcControleren}
          <span class="visually-hidden"> {s.olc}</span>
        </ActieKnop>
      </p>
      <Select name="locatie" label={s.locatie} help={
          <>
            <p class="utrecht-paragraph">{s.locatieUitleg}</p>
            <p class="utrecht-paragraph">{s.locatieBve}</p>
          </>
        }
        optional value={tekst(props.invoer, 'locatie')} error={errorFor(props.errors, 'locatie')} options={feiten.locaties.map((l) => ({ value: l.id, label: l.naam }))} />
    </>
  );
}

function Contactpersoon(props: StapViewProps): ComponentChildren {
  const f = (name: string) => ({ name, value: tekst(props.invoer, name), error: errorFor(props.errors, name) });
  return (
    <>
      <h2 class="utrecht-heading-2">{s.contactKop}</h2>
      <Select {...f('contactKeuze')} label={s.contactKeuze} help={s.contactKeuzeUitleg} optional options={props.ctx.feiten.contactpersonen.map((c) => ({ value: c.id, label: c.functie ? `${c.naam} (${c.functie})` : c.naam }))} />
      <p class="utrecht-paragraph">
        <ActieKnop value="overnemen">{s.overnemen}</ActieKnop>
      </p>
      <TextField {...f('contactNaam')} label={s.contactpersoonNaam} help={s.contactpersoonNaamUitleg} maxLength={CONTACT_NAAM_MAX} autocomplete="name" />
      <TextField {...f('contactFunctie')} label={s.contactpersoonFunctie} help={s.contactpersoonFunctieUitleg} optional maxLength={FUNCTIE_MAX} autocomplete="organization-title" />
      <TextField {...f('contactTelefoon')} label={s.contactpersoonTelefoon} help={s.contactpersoonTelefoonUitleg} optional type="tel" autocomplete="tel" width="md" />
      <TextField {...f('contactEmail')} label={s.contactpersoonEmail} help={s.contactpersoonEmailUitleg} type="email" autocomplete="email" spellcheck={false} />
      <Radios name="kopie" label={s.kopie} inline options={jaNee} value={tekst(props.invoer, 'kopie')} error={errorFor(props.errors, 'kopie')} />
    </>
  );
}

/**
 * A question that applies only when another has a given answer (R-MEL-13): formulier.js hides
 * it otherwise and resets it to `leeg`; without the script it shows, with its hint, and the
 * server refuses an answer that does not apply. No `van`: always shown.
 */
function Afhankelijk(props: { van: string | undefined; leeg: string; children: ComponentChildren }): ComponentChildren {
  if (!props.van) return props.children;
  return (
    <div data-toon-als={props.van} data-leeg={props.leeg}>
      {props.children}
    </div>
  );
}

export function VerzuimView(props: StapViewProps): ComponentChildren {
  const v = (name: string) => tekst(props.invoer, name);
  const e = (name: string) => errorFor(props.errors, name);
  const w = props.ctx.wijzigen;
  return (
    <>
      {w ? (
        <SummaryList
          rows={[
            { key: s.van, value: formatDutchDate(w.van) },
            { key: s.soort, value: soortLabels[w.soort] },
          ]}
        />
      ) : (
        <DateInput name="van" label={s.van} help={s.vanUitleg} value={v('van')} error={e('van')} />
      )}
      <DateInput name="tm" label={s.tm} help={s.tmUitleg} optional value={v('tm')} error={e('tm')} />
      {w ? null : <SoortKeuze {...props} />}
      {w && w.soort !== 'O' ? null : (
        <Afhankelijk van={w ? undefined : 'soort=O'} leeg="">
          <Radios
          name="verbijzondering"
          label={s.verbijzondering}
          hint={s.verbijzonderingHint}
          help={s.verbijzonderingUitleg}
          optional
          value={v('verbijzondering')}
          error={e('verbijzondering')}
          options={[{ value: '', label: s.verbijzonderingGeen }, ...VERBIJZONDERINGEN.map((code) => ({ value: code, label: verbijzonderingLabels[code] }))]}
          />
        </Afhankelijk>
      )}
      <Reden {...props} />
      <Radios name="allesGemist" label={s.allesGemist} help={s.allesGemistUitleg} inline options={jaNee} value={v('allesGemist')} error={e('allesGemist')} />
      <TextArea name="toelichting" label={s.toelichting} help={s.toelichtingUitleg} optional maxLength={TOELICHTING_MAX} value={v('toelichting')} error={e('toelichting')} />
      <Radios name="actieGewenst" label={s.actieGewenst} help={s.actieGewenstUitleg} inline options={jaNee} value={v('actieGewenst')} error={e('actieGewenst')} />
      <TextArea name="toelichtingActieGewenst" label={s.toelichtingActieGewenst} hint={s.toelichtingActieGewenstHint} help={s.toelichtingActieGewenstUitleg} optional maxLength={TOELICHTING_MAX} rows={3} value={v('toelichtingActieGewenst')} error={e('toelichtingActieGewenst')} />
      <Afhankelijk van="actieGewenst=ja" leeg="nee">
        <Radios name="prioriteit" label={s.prioriteit} hint={s.prioriteitHint} help={s.prioriteitUitleg} inline options={jaNee} value={v('prioriteit')} error={e('prioriteit')} />
      </Afhankelijk>
      <Locaties {...props} />
      <Contactpersoon {...props} />
    </>
  );
}
