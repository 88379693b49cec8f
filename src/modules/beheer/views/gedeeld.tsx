// Pieces both beheer pages share, so Beheer locaties and Beheer contactpersonen look and work
// the same: the search form (manual Afb. 10, 16), the button-styled links (Toevoegen,
// Annuleren) and the confirmation before Verwijderen (Afb. 15, 20).
import type { ComponentChildren } from 'preact';
import { beheerLocatiesMessages } from '../messages';
import { Button, HiddenCsrf, KnopLink, TextField } from '../../../platform/ui/fields';
import { PARAM, type OverzichtState } from '../../../platform/ui/overzicht-state';
import { SummaryList, type SummaryRow } from '../../../platform/ui/summary-list';

const t = beheerLocatiesMessages.gedeeld;

export { KnopLink };

/**
 * The search form: one name field and Zoeken. A GET form, so a search is a URL that can be
 * bookmarked and paged (R-UI-2); a new search starts at page 1 but keeps rows per page and sort.
 */
export function ZoekFormulier(props: { actie: string; titel: string; label: string; meervoud: string; zoek: string; fout?: string | undefined; state: OverzichtState }): ComponentChildren {
  return (
    <form method="get" action={props.actie} role="search" aria-label={props.titel}>
      <TextField name="zoek" label={props.label} hint={t.zoekHint(props.meervoud)} value={props.zoek} error={props.fout} type="search" spellcheck={false} autocomplete="off" />
      <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
      <input type="hidden" name={PARAM.sort} value={props.state.sort} />
      <input type="hidden" name={PARAM.dir} value={props.state.dir} />
      <div class="vl-button-group">
        <Button>{t.zoeken}</Button>
      </div>
    </form>
  );
}

/** Opslaan and Annuleren under a form; Annuleren returns to the previous screen unchanged. */
export function OpslaanAnnuleren({ terug }: { terug: string }): ComponentChildren {
  return (
    <div class="vl-button-group">
      <Button>{t.opslaan}</Button>
      <KnopLink href={terug} variant="secondary">
        {t.annuleren}
      </KnopLink>
    </div>
  );
}

/**
 * The confirmation before deleting: the details of what will be deleted, then Verwijderen (a
 * POST, then back to the list) and Annuleren (a link back: nothing is deleted).
 */
export function VerwijderenBevestigen(props: { rows: readonly SummaryRow[]; vraag: string; uitleg: string; actie: string; terug: string; csrf: string }): ComponentChildren {
  return (
    <>
      <SummaryList rows={props.rows} />
      <p class="utrecht-paragraph">{props.uitleg}</p>
      <form method="post" action={props.actie}>
        <HiddenCsrf token={props.csrf} />
        <p class="utrecht-paragraph">
          <strong>{props.vraag}</strong>
        </p>
        <div class="vl-button-group">
          <Button>{t.verwijderen}</Button>
          <KnopLink href={props.terug} variant="secondary">
            {t.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}

/** A page's own URL with `?terug=` set to the list it was opened from. */
export const metTerug = (pad: string, terug: string): string => `${pad}?terug=${encodeURIComponent(terug)}`;
