// The confirmation page of the Registers upload (R-REG-3, rules.ts MAX_END_SHARE): the file
// would end more rows than a file may without a person's explicit word. It says how many, of
// how many, and asks for the same file again with a checkbox naming the count.
//
// Why the file is chosen again instead of kept on the server: web processes keep no state of
// their own (several may run behind a load balancer, docs/architecture.md), and a kept upload
// of up to 500 MB would need shared storage and a clean-up of the ones never confirmed. The
// hidden SHA-256 binds the confirmation to exactly the refused file: the service loads only a
// file with that digest and that count to end, and asks again for any other.
import type { ComponentChildren } from 'preact';
import { registerImportMessages as m } from '../messages';
import { Checkboxes } from '../../../platform/ui/choices';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, KnopLink } from '../../../platform/ui/fields';
import type { RegisterSoort } from '../import/types';
import { endPercentage, MAX_END_SHARE } from '../rules';
import { CONFIRM_FIELDS, UPLOAD_FIELDS } from '../upload/receive';
import { REGISTERS_PAD } from './imports';
import { FileField } from './upload';

const t = m.bevestigen;

/** What the page needs, from the refusal or (when it comes back with an error) from its own hidden fields. */
export interface Bevestiging {
  soort: RegisterSoort;
  naam: string;
  sha256: string;
  /** Rows that would end. */
  aantal: number;
  /** Current rows of the register. */
  huidig: number;
}

export function BevestigenPagina(props: { csrf: string; b: Bevestiging; errors?: readonly FieldError[] | undefined }): ComponentChildren {
  const { b } = props;
  const max = MAX_END_SHARE * 100;
  return (
    <>
      <p>{t.uitleg(b.naam, m.soorten[b.soort], b.aantal, b.huidig, endPercentage(b.huidig, b.aantal))}</p>
      <p>{t.waarschuwing(max)}</p>
      <p>{t.opnieuw}</p>
      <form method="post" action={REGISTERS_PAD} enctype="multipart/form-data" novalidate>
        <HiddenCsrf token={props.csrf} />
        <input type="hidden" name={UPLOAD_FIELDS.soort} value={b.soort} />
        <input type="hidden" name={CONFIRM_FIELDS.sha256} value={b.sha256} />
        <input type="hidden" name={CONFIRM_FIELDS.aantal} value={String(b.aantal)} />
        <input type="hidden" name={CONFIRM_FIELDS.huidig} value={String(b.huidig)} />
        <input type="hidden" name={CONFIRM_FIELDS.naam} value={b.naam} />
        <FileField name={UPLOAD_FIELDS.bestand} label={t.bestand} hint={t.bestandHint(b.naam)} help={undefined} error={errorFor(props.errors, UPLOAD_FIELDS.bestand)} />
        <Checkboxes.uncached
          name={CONFIRM_FIELDS.bevestigd}
          label={t.bevestiging}
          options={[{ value: 'ja', label: t.ikBevestig(b.aantal) }]}
          error={errorFor(props.errors, CONFIRM_FIELDS.bevestigd)}
        />
        <div class="vl-button-group">
          <Button>{t.knop}</Button>
          <KnopLink href={REGISTERS_PAD} variant="secondary">
            {t.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}
