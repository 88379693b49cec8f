// The upload form of the Registers page (R-REG-3): the kind, the file with its help text on
// the format, and the page listing every kind's columns that the help text links to.
// Without JavaScript: a plain multipart form post. The fields go in the order the route reads
// them: the CSRF token first, then the kind, then the file.
import type { ComponentChildren } from 'preact';
import { registerImportMessages as m } from '../messages';
import { Radios } from '../../../platform/ui/choices';
import type { FieldError } from '../../../platform/ui/error-summary';
import { errorFor } from '../../../platform/ui/error-summary';
import { Button, describedBy, FieldShell, HiddenCsrf } from '../../../platform/ui/fields';
import type { RegisterKind } from '../import/kind';
import { UPLOAD_FIELDS } from '../upload/receive';
import { REGISTERS_PAD } from './imports';

const t = m.upload;

export const FORMAAT_PAD = `${REGISTERS_PAD}/formaat`;

export interface UploadFormProps {
  csrf: string;
  kinds: readonly RegisterKind[];
  /** The chosen kind, kept when the form comes back. */
  soort?: string | undefined;
  /** The limit, as people read it ("500 MB"). */
  maxSize: string;
  errors?: readonly FieldError[] | undefined;
}

export function FileField(props: { name: string; label: string; hint: ComponentChildren; help: ComponentChildren; error: string | undefined }): ComponentChildren {
  const id = props.name;
  return (
    <FieldShell name={props.name} id={id} label={props.label} hint={props.hint} help={props.help} error={props.error}>
      <input
        class={`vl-file${props.error ? ' vl-file--invalid' : ''}`}
        type="file"
        id={id}
        name={props.name}
        accept=".csv,text/csv"
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}

export function UploadForm(props: UploadFormProps): ComponentChildren {
  return (
    <form method="post" action={REGISTERS_PAD} enctype="multipart/form-data" novalidate>
      <HiddenCsrf token={props.csrf} />
      <Radios
        name={UPLOAD_FIELDS.soort}
        label={t.soort}
        hint={t.soortHint}
        options={props.kinds.map((k) => ({ value: k.soort, label: m.soorten[k.soort] }))}
        value={props.soort}
        error={errorFor(props.errors, UPLOAD_FIELDS.soort)}
      />
      <FileField
        name={UPLOAD_FIELDS.bestand}
        label={t.bestand}
        hint={t.bestandHint(props.maxSize)}
        help={
          <>
            <p>{t.bestandUitleg}</p>
            <p>
              <a href={FORMAAT_PAD}>{t.kolommenLink}</a>
            </p>
          </>
        }
        error={errorFor(props.errors, UPLOAD_FIELDS.bestand)}
      />
      <div class="vl-button-group">
        <Button>{t.knop}</Button>
      </div>
    </form>
  );
}

/** Every kind with its columns, in header order: what the help text's link shows. */
export function FormaatPagina({ kinds }: { kinds: readonly RegisterKind[] }): ComponentChildren {
  return (
    <>
      <p>{t.formaatIntro}</p>
      {kinds.map((k) => (
        <section key={k.soort}>
          <h2>{m.soorten[k.soort]}</h2>
          <p>{t.bestandsnaam(k.file)}</p>
          <h3>{t.kolommen}</h3>
          <ol>
            {k.columns.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p>
        <a href={REGISTERS_PAD}>{m.terug}</a>
      </p>
    </>
  );
}
