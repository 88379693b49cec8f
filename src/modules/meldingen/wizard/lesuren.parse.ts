// Step Lesuren (R-MEL-14): with "Alle lessen gemist" no hours at all; otherwise the
// verzuimdagen (each inside the period, no date twice, whole day or the missed lesson hours),
// or "Niet van toepassing". The first day defaults to the first day of the period.
import { z } from 'zod';
import { metRegels, type FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import { formatDutchDate, parseDutchDate } from '../../../platform/datum';
import type { LesurenStap, VerzuimStap } from '../melding.types';
import { checkVerzuimdagen, type Verzuimdag } from '../rules';
import { herschrijfRijen, jaNee, jaNeeWaarde, leesStap, lijst, lijstVeld, rijenVeld, rijNummers, tekst, tekstVeld, teLang } from './invoer';
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

/** The step's input: "Niet van toepassing" and the rows `dag-N-…` (a list `dag` in JSON). */
const lesurenInvoer = z.object({
  nvt: tekstVeld,
  [DAG]: rijenVeld({ datum: tekstVeld, heleDag: tekstVeld, lesuren: lijstVeld, toelichting: tekstVeld }),
});

function lesurenRegels(v: z.output<typeof lesurenInvoer>, verzuim: VerzuimStap): Parsed<LesurenStap> {
  const nvt = !verzuim.allesGemist && v.nvt === 'ja';
  // Rows are numbered 0… as the form shows them (metRijen), as checkVerzuimdagen names them.
  const rijen = nvt ? [] : v[DAG];
  const aantal = rijen.length;
  const errors: FieldError[] = [];
  if (!verzuim.allesGemist && !nvt && aantal === 0) errors.push({ field: 'nvt', text: t.geenVerzuimdag });
  if (aantal > MAX_VERZUIMDAGEN) errors.push({ field: `${DAG}-${MAX_VERZUIMDAGEN}-datum`, text: t.teveelVerzuimdagen(MAX_VERZUIMDAGEN) });
  const dagen: Verzuimdag[] = rijen.map((rij, i) => {
    const veld = (naam: string) => `${DAG}-${i}-${naam}`;
    const heleDag = jaNee(rij, 'heleDag') === true;
    const toelichting = tekst(rij, 'toelichting');
    if (teLang(toelichting, DAG_TOELICHTING_MAX)) errors.push({ field: veld('toelichting'), text: t.tekstTeLang(DAG_TOELICHTING_MAX) });
    return {
      // An unreadable date is reported as empty: "Vul de datum … in als DD-MM-JJJJ".
      datum: parseDutchDate(tekst(rij, 'datum')) ?? '',
      heleDag,
      // A whole day has no separate hours; boxes ticked under "ja" are ignored.
      lesuren: heleDag ? [] : lijst(rij, 'lesuren').map((u) => (/^\d{1,2}$/.test(u) ? Number(u) : Number.NaN)),
      toelichting,
    };
  });
  // With "Alle lessen gemist" any row is refused (R-MEL-14): the form shows none, but a draft
  // may still hold rows typed before the answer changed.
  errors.push(...checkVerzuimdagen({ allesGemist: verzuim.allesGemist, dagen, periode: { van: verzuim.van, tm: verzuim.tm } }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: { dagen: verzuim.allesGemist ? [] : dagen } };
}

/** The step's schema, for the period and answers of step Verzuim (`ctx.eerder.verzuim`). */
export const lesurenSchema = (ctx: StapContext) => metRegels(lesurenInvoer, (v) => lesurenRegels(v, verzuimVan(ctx)));

export const parseLesuren = (invoer: FormValues, ctx: StapContext): Parsed<LesurenStap> => leesStap(lesurenSchema(ctx), invoer, { rijen: [DAG] });

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
