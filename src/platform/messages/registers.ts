/**
 * Dutch messages for registry data (SPEC §3, R-REG-1 and R-REG-2). Every user-facing text
 * about PGN, codes, postcodes and dates lives here so wording is reviewed in one place and
 * the validation functions stay free of literal strings.
 */
export const registersMessages = {
  pgnLeeg: 'Vul het persoonsgebonden nummer (BSN of onderwijsnummer) in.',
  pgnFormaat: 'Het persoonsgebonden nummer moet uit 9 cijfers bestaan.',
  pgnNullen: '000000000 is geen geldig BSN.',
  bsnElfproef: 'Dit is geen geldig BSN: het nummer voldoet niet aan de 11-proef.',
  bsnOfOnderwijsnummerElfproef:
    'Dit is geen geldig BSN of onderwijsnummer: het nummer voldoet niet aan de 11-proef.',

  instellingscode: 'De instellingscode moet bestaan uit 2 cijfers en 2 hoofdletters, bijvoorbeeld 00AA.',
  vestigingscode: 'De vestigingscode moet uit 2 cijfers bestaan, bijvoorbeeld 01.',
  onderwijsaanbiedercode:
    'De onderwijsaanbiedercode moet bestaan uit 3 cijfers, de letter A en 3 cijfers, bijvoorbeeld 110A133.',
  onderwijslocatiecode:
    'De onderwijslocatiecode moet bestaan uit 3 cijfers, de letter X en 3 cijfers, bijvoorbeeld 110X912.',
  gemeentecode: 'De gemeentecode moet uit 4 cijfers bestaan, met voorloopnullen, bijvoorbeeld 0363.',

  postcodeLeeg: 'Vul de postcode in.',
  postcodeFormaat: 'Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.',
  postcodeVoorloopnul: 'Een postcode begint niet met een 0.',
  postcodeLetters: 'Een postcode eindigt niet op SA, SD of SS.',

  datumFormaat: 'Dit is geen geldige datum in de vorm JJJJ-MM-DD.',
} as const;

export type RegistersMessage = (typeof registersMessages)[keyof typeof registersMessages];
