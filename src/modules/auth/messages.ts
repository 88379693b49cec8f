// Dutch texts of logging in and out, TOTP enrolment and user management.
export const authMessages = {
  inloggenTitel: 'Inloggen',
  inloggenIntro: 'Log in met uw inlognaam en wachtwoord. Daarna vraagt het Verzuimloket om de code van uw tokengenerator.',
  gebruikersnaam: 'Inlognaam',
  wachtwoord: 'Wachtwoord',
  inloggenKnop: 'Inloggen',
  gebruikersnaamLeeg: 'Vul uw inlognaam in',
  wachtwoordLeeg: 'Vul uw wachtwoord in',
  // One message for every failure: wrong name, wrong password, blocked, or too many tries.
  // Telling them apart would tell an attacker which accounts exist (no user enumeration).
  inloggenMislukt:
    'De combinatie van inlognaam en wachtwoord is onjuist, of er is te vaak geprobeerd in te loggen. Controleer uw gegevens of probeer het later opnieuw.',
  /** A delay after many failures (rules.ts): it ends by itself; say when. */
  inloggenWacht: (ms: number) => {
    const s = Math.ceil(ms / 1000);
    const wanneer = s < 60 ? `${s} ${s === 1 ? 'seconde' : 'seconden'}` : `${Math.ceil(s / 60)} ${Math.ceil(s / 60) === 1 ? 'minuut' : 'minuten'}`;
    return `Er is te vaak geprobeerd in te loggen. Probeer het over ${wanneer} opnieuw.`;
  },
  /** To functioneel beheer when failures pile up; the details are in the audit log, not here. */
  aanvalMail: {
    onderwerp: 'Verzuimloket: veel mislukte inlogpogingen',
    tekst: (sleutel: 'account' | 'adres' | 'apparaat', aantal: number) =>
      [
        'Beste functioneel beheerder,',
        '',
        `Het Verzuimloket heeft in het afgelopen uur ${aantal} mislukte inlogpogingen ${
          sleutel === 'adres' ? 'vanaf één IP-adres' : sleutel === 'account' ? 'op één account' : 'vanaf één vertrouwd apparaat van een account'
        } geteld. Verdere pogingen worden nu vertraagd.`,
        '',
        'Welk account of adres het is, ziet u in het auditlog bij de actie "Veel mislukte inlogpogingen".',
        '',
        'Dit bericht is automatisch verstuurd.',
      ].join('\n'),
  },
  codeTitel: 'Code van uw tokengenerator',
  codeIntro: 'Vul de code in die uw tokengenerator (authenticator-app) nu toont.',
  code: 'Code',
  codeHint: '6 cijfers, bijvoorbeeld 123456',
  codeKnop: 'Verder',
  codeLeeg: 'Vul de code van uw tokengenerator in',
  codeFormaat: 'De code bestaat uit 6 cijfers',
  codeMislukt: 'De code is onjuist of al gebruikt, of er is te vaak geprobeerd in te loggen. Wacht op een nieuwe code en probeer het opnieuw.',
  inschrijvenTitel: 'Tokengenerator koppelen',
  inschrijvenIntro:
    'U logt voor het eerst in. Koppel een tokengenerator (authenticator-app) aan uw account: voeg een account toe in de app met de sleutel hieronder, of open de koppeling op het apparaat met de app.',
  inschrijvenSleutel: 'Sleutel',
  inschrijvenKoppeling: 'Koppeling voor de app',
  inschrijvenKoppelingTekst: 'Open in authenticator-app',
  inschrijvenBevestig: 'Vul ter bevestiging de code in die de app nu toont.',
  inschrijvenKnop: 'Koppelen en inloggen',
  uitloggenKnop: 'Uitloggen',
  uitgelogdTitel: 'U bent uitgelogd',
  uitgelogdTekst: 'U bent uitgelogd. Sluit de browser als u een gedeelde computer gebruikt.',
  weerInloggen: 'Opnieuw inloggen',
} as const;

export const gebruikersMessages = {
  gebruikersnaamFormaat: 'Een inlognaam heeft 3 tot 64 tekens: kleine letters, cijfers, punt, liggend streepje, min-teken of @',
  gebruikersnaamBestaat: 'Deze inlognaam is al in gebruik',
  weergavenaamLeeg: 'Vul de naam in',
  weergavenaamLang: 'De naam mag niet langer zijn dan 100 tekens',
  emailFormaat: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl',
  wachtwoordKort: (n: number) => `Het wachtwoord moet minstens ${n} tekens hebben`,
  rolOnbekend: 'Kies een rol',
  instellingscodeNodig: 'Vul de instellingscode in, bijvoorbeeld 00AA',
  instellingscodeOnbekend: 'Deze instellingscode is niet bekend in het register',
  gemeentecodeNodig: 'Vul de gemeentecode in, 4 cijfers, bijvoorbeeld 0363',
  gemeentecodeOnbekend: 'Deze gemeentecode is niet bekend in het register',
  gebruikerOnbekend: 'Deze gebruiker bestaat niet',
  rolNamen: {
    melder: 'Verzuimloketmelder',
    beheerder_onderwijs: 'Verzuimloket beheerder onderwijs',
    gemeente_behandelaar: 'Gemeente behandelaar (leerplicht / RMC)',
    functioneel_beheerder: 'Functioneel beheerder',
  },
} as const;
