// Step Lesuren (R-MEL-14): with "Alle lessen gemist" no hours at all; otherwise the
// verzuimdagen (each inside the period, no date twice, whole day or the missed lesson hours),
// or "Niet van toepassing". The first day defaults to the first day of the period.
import type { FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import { formatDutchDate, parseDutchDate } from '../../../platform/ui/dutch-date';
import type { LesurenStap, VerzuimStap } from '../melding.types';
import { checkVerzuimdagen, type Verzuimdag } from '../rules';
import { herschrijfRijen, jaNee, jaNeeWaarde, lijst, rijNummers, tekst, teLang } from './invoer';
import type { Parsed, StapActie, StapContext } from './stap';
import type { FieldError } from '../../../platform/ui/error-summary';

export const DAG = 'dag';
/** A bound on a crafted post; a period of absence is reported well within it. */
export const MAX_VERZUIMDAGEN = 100;
const DAG_TOELICHTING_MAX = 500;

export const lesurenVelden: readonly (string | RegExp)[] = ['nvt', /^dag-\d{1,3}-(datum|heleDag|lesuren|toelichting)$/];

function verzuimVan(ctx: StapContext): VerzuimStap {
  // The handler parses the steps in order; reaching this without a valid Verzuim is a bug.
  if (!ctx.eerder.verzuim) throw new Error('Lesuren zonder geldige stap Verzuim');
  return ctx.eerder.verzuim;
}

export function parseLesuren(invoer: FormValues, ctx: StapContext): Parsed<LesurenStap> {
  const verzuim = verzuimVan(ctx);
  // checkVerzuimdagen names fields by position (dag-0-…): number the rows the same way.
  const v = herschrijfRijen(invoer, DAG);
  const nvt = !verzuim.allesGemist && jaNee(v, 'nvt') === true;
  const aantal = nvt ? 0 : rijNummers(v, DAG).length;
  const errors: FieldError[] = [];
  if (!verzuim.allesGemist && !nvt && aantal === 0) errors.push({ field: 'nvt', text: t.geenVerzuimdag });
  if (aantal > MAX_VERZUIMDAGEN) errors.push({ field: `${DAG}-${MAX_VERZUIMDAGEN}-datum`, text: t.teveelVerzuimdagen(MAX_VERZUIMDAGEN) });
  const dagen: Verzuimdag[] = Array.from({ length: aantal }, (_, i) => {
    const veld = (naam: string) => `${DAG}-${i}-${naam}`;
    const heleDag = jaNee(v, veld('heleDag')) === true;
    const toelichting = tekst(v, veld('toelichting'));
    if (teLang(toelichting, DAG_TOELICHTING_MAX)) errors.push({ field: veld('toelichting'), text: t.tekstTeLang(DAG_TOELICHTING_MAX) });
    return {
      // An unreadable date is reported as empty: "Vul de datum … in als DD-MM-JJJJ".
      datum: parseDutchDate(tekst(v, veld('datum'))) ?? '',
      heleDag,
      // A whole day has no separate hours; boxes ticked under "ja" are ignored.
      lesuren: heleDag ? [] : lijst(v, veld('lesuren')).map((u) => (/^\d{1,2}$/.test(u) ? Number(u) : Number.NaN)),
      toelichting,
    };
  });
  // With "Alle lessen gemist" any row is refused (R-MEL-14): the form shows none, but a draft
  // may still hold rows typed before the answer changed.
  errors.push(...checkVerzuimdagen({ allesGemist: verzuim.allesGemist, dagen, periode: { van: verzuim.van, tm: verzuim.tm } }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: { dagen: verzuim.allesGemist ? [] : dagen } };
}

export function lesurenNaarInvoer(d: LesurenStap): FormValues {
  const v: FormValues = d.dagen.length === 0 ? { nvt: 'ja' } : {};
  d.dagen.forEach((dag, i) => {
    v[`${DAG}-${i}-datum`] = formatDutchDate(dag.datum);
    v[`${DAG}-${i}-heleDag`] = jaNeeWaarde(dag.heleDag);
    v[`${DAG}-${i}-lesuren`] = dag.lesuren.map(String);
    v[`${DAG}-${i}-toelichting`] = dag.toelichting;
  });
  return v;
}

/** "Standaard verschijnt de eerste dag van de verzuimperiode als 1e verzuimdag." */
export function lesurenBegin(ctx: StapContext): FormValues {
  const verzuim = ctx.eerder.verzuim;
  return verzuim && !verzuim.allesGemist ? { [`${DAG}-0-datum`]: formatDutchDate(verzuim.van) } : {};
}

export const lesurenActies: Record<string, StapActie> = {
  'dag-toevoegen': (invoer) => {
    const rijen = rijNummers(invoer, DAG).length;
    if (rijen >= MAX_VERZUIMDAGEN) return { invoer };
    const { nvt: _nvt, ...rest } = herschrijfRijen(invoer, DAG);
    return { invoer: { ...rest, [`${DAG}-${rijen}-datum`]: '' } };
  },
  'dag-verwijderen': (invoer, arg) => ({ invoer: herschrijfRijen(invoer, DAG, Number(arg)) }),
};
