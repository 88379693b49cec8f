// The login pages: password, TOTP code, and first-time coupling of a token generator.
import { authMessages } from '../messages';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, PasswordField, TextField } from '../../../platform/ui/fields';

const t = authMessages;

export function LoginForm(props: { csrf: string; gebruikersnaam: string; terug: string; errors?: FieldError[] }) {
  return (
    <>
      <p>{t.inloggenIntro}</p>
      <form method="post" action={`/inloggen?terug=${encodeURIComponent(props.terug)}`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <TextField name="gebruikersnaam" label={t.gebruikersnaam} value={props.gebruikersnaam} autocomplete="username" spellcheck={false} width="md" error={errorFor(props.errors, 'gebruikersnaam')} />
        <PasswordField name="wachtwoord" label={t.wachtwoord} error={errorFor(props.errors, 'wachtwoord')} />
        <Button>{t.inloggenKnop}</Button>
      </form>
    </>
  );
}

function CodeField(props: { errors?: FieldError[] }) {
  return (
    <TextField
      name="code"
      label={t.code}
      hint={t.codeHint}
      autocomplete="one-time-code"
      inputMode="numeric"
      maxLength={6}
      spellcheck={false}
      width="xs"
      error={errorFor(props.errors, 'code')}
    />
  );
}

export function CodeForm(props: { csrf: string; terug: string; errors?: FieldError[] }) {
  return (
    <>
      <p>{t.codeIntro}</p>
      <form method="post" action={`/inloggen/code?terug=${encodeURIComponent(props.terug)}`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <CodeField errors={props.errors} />
        <Button>{t.codeKnop}</Button>
      </form>
    </>
  );
}

export function EnrolForm(props: { csrf: string; terug: string; secret: string; uri: string; errors?: FieldError[] }) {
  return (
    <>
      <p>{t.inschrijvenIntro}</p>
      <dl class="vl-key-value">
        <dt>{t.inschrijvenSleutel}</dt>
        <dd>
          <code class="vl-secret">{props.secret}</code>
        </dd>
        <dt>{t.inschrijvenKoppeling}</dt>
        <dd>
          <a href={props.uri}>{t.inschrijvenKoppelingTekst}</a>
        </dd>
      </dl>
      <p>{t.inschrijvenBevestig}</p>
      <form method="post" action={`/inloggen/koppelen?terug=${encodeURIComponent(props.terug)}`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <CodeField errors={props.errors} />
        <Button>{t.inschrijvenKnop}</Button>
      </form>
    </>
  );
}

export function LoggedOut() {
  return (
    <>
      <p>{t.uitgelogdTekst}</p>
      <p>
        <a href="/inloggen">{t.weerInloggen}</a>
      </p>
    </>
  );
}
