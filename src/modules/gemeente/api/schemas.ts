// The gemeente's meldingen as the JSON API shows them (issue 16): zod schemas whose Dutch
// descriptions are the OpenAPI document's, in camelCase. The query's refusals are the pages'
// own messages where the page has the same field (zoekFouten), the API's where it has not.
import { z } from 'zod';
import { OVERDRACHT_PARTIJEN, REDENEN_AFGESLOTEN, REDENEN_INTREKKEN, SOORTEN, STATUSSEN, TOELICHTINGEN_AFSLUITING, VERBIJZONDERINGEN, MELDINGNUMMER, zoekFouten as f } from '../../meldingen/face';
import { halLink as link, limietParam } from '../../../platform/api/schemas';
import { gemeenteApiFouten as a } from '../messages';

const MAX_LIMIET = 100;
export const STANDAARD_LIMIET = 20;

const datum = (d: string) => z.iso.date({ error: a.datumFormaat }).describe(d);

export const meldingnummerParams = z.object({
  meldingnummer: z.string({ error: f.nummerFormaat }).regex(MELDINGNUMMER, f.nummerFormaat).describe('Het meldingnummer, JJJJ-NNNNNNN.'),
});

export const meldingenQuery = z
  .object({
    status: z
      .string({ error: a.status })
      .regex(/^[RBGKI](,[RBGKI])*$/, a.status)
      .optional()
      .describe('Alleen meldingen met deze status(sen), gescheiden door komma’s: R (geregistreerd), B (in behandeling), G (afgesloten), K (ter kennisgeving aangenomen), I (ingetrokken). Zonder: alle statussen.'),
    soort: z.enum(SOORTEN, { error: f.soortOnbekend }).optional().describe('Alleen meldingen van deze soort verzuim.'),
    periodeVan: datum('Alleen meldingen waarvan de verzuimperiode op of na deze datum nog loopt.').optional(),
    periodeTm: datum('Alleen meldingen waarvan de verzuimperiode op of voor deze datum begint.').optional(),
    school: z
      .string({ error: f.schoolFormaat })
      .regex(/^\d{2}[A-Z]{2}$/, f.schoolFormaat)
      .optional()
      .describe('Alleen meldingen van deze onderwijsinstelling (instellingscode, 2 cijfers en 2 letters).'),
    prioriteit: z.enum(['true', 'false'], { error: a.prioriteit }).optional().describe('Alleen meldingen met (true) of zonder (false) prioriteit.'),
    cursor: z
      .string({ error: a.cursor })
      .regex(/^[1-9]\d{0,17}$/, a.cursor)
      .optional()
      .describe('Waar de pagina begint: de cursor uit de link next van de vorige pagina.'),
    limiet: limietParam({ max: MAX_LIMIET, standaard: STANDAARD_LIMIET, melding: a.limiet, wat: 'meldingen per pagina' }),
  })
  .superRefine((v, ctx) => {
    if (v.periodeVan && v.periodeTm && v.periodeTm < v.periodeVan) ctx.addIssue({ code: 'custom', path: ['periodeTm'], message: f.tmVoorVan });
  });
export type MeldingenQuery = z.output<typeof meldingenQuery>;

const leerlingKort = z
  .object({
    pgn: z.string().describe('Het persoonsgebonden nummer van de leerling (BSN of onderwijsnummer).'),
    voornamen: z.string().describe('De voornamen van de leerling.'),
    voorvoegsel: z.string().describe('Het voorvoegsel van de achternaam, leeg als er geen is.'),
    achternaam: z.string().describe('De achternaam van de leerling.'),
  })
  .describe('De leerling, zoals bij het melden bekend.');

const kern = {
  meldingnummer: z.string().describe('Het meldingnummer, JJJJ-NNNNNNN.'),
  status: z.enum(STATUSSEN).describe('De status: R (geregistreerd), B (in behandeling), G (afgesloten), K (ter kennisgeving aangenomen), I (ingetrokken).'),
  soort: z.enum(SOORTEN).describe('De soort verzuim (code zoals bij DUO).'),
  begindatum: z.string().describe('De eerste dag van de verzuimperiode (JJJJ-MM-DD).'),
  einddatum: z.string().nullable().describe('De laatste dag van de verzuimperiode (JJJJ-MM-DD), of null als die nog open is.'),
  prioriteit: z.boolean().describe('Of de school om voorrang vraagt.'),
  instellingscode: z.string().describe('De instellingscode van de school die meldde.'),
  gemeentecode: z.string().describe('De behandelende gemeente (gemeentecode).'),
  aangemaaktOp: z.string().describe('Wanneer de melding is ingediend (ISO 8601).'),
};

export const meldingSamenvatting = z
  .object({
    ...kern,
    leerling: leerlingKort,
    _links: z.object({ self: link }).describe('De links van deze melding.'),
  })
  .describe('Een melding in de lijst.');

export const meldingenLijst = z
  .object({
    meldingen: z.array(meldingSamenvatting).describe('De meldingen van deze pagina, nieuwste eerst.'),
    _links: z
      .object({ self: link, next: link.optional().describe('De volgende pagina; ontbreekt op de laatste.') })
      .describe('De links van deze pagina.'),
  })
  .describe('Een pagina meldingen van de gemeente(n) van de koppeling.');

const contactpersoon = z
  .object({
    naam: z.string().describe('Naam.'),
    functie: z.string().describe('Functie.'),
    telefoon: z.string().describe('Telefoonnummer.'),
    email: z.string().describe('E-mailadres.'),
  })
  .describe('Een contactpersoon.');

const verzuimdag = z
  .object({
    datum: z.string().describe('De dag (JJJJ-MM-DD).'),
    heleDag: z.boolean().describe('Of de leerling de hele dag verzuimde.'),
    lesuren: z.array(z.number().int()).describe('De gemiste lesuren (1 tot en met 12) als het niet de hele dag was.'),
    toelichting: z.string().describe('Toelichting bij deze dag.'),
  })
  .describe('Een dag van het verzuim.');

const afwijkendAdres = z
  .object({
    soort: z.enum(['straat', 'locatie']).describe('Een adres met straat, of een locatie zonder adres.'),
    straat: z.string().optional().describe('Straat (bij soort straat).'),
    huisnummer: z.string().optional().describe('Huisnummer (bij soort straat).'),
    postcode: z.string().optional().describe('Postcode (bij soort straat).'),
    plaats: z.string().optional().describe('Plaats (bij soort straat).'),
    locatie: z.string().optional().describe('Omschrijving van de locatie (bij soort locatie).'),
    plaatsnaam: z.string().optional().describe('Plaatsnaam (bij soort locatie).'),
  })
  .describe('Het verblijfadres als dat afwijkt van het adres in de basisregistratie.');

const versie = z
  .object({
    versie: z.number().int().describe('Het versienummer, oplopend vanaf 1.'),
    status: z.enum(STATUSSEN).describe('De status na deze versie.'),
    soortWijziging: z.string().describe('Wat deze versie deed (bijvoorbeeld ingediend, gewijzigd, in behandeling genomen).'),
    op: z.string().describe('Wanneer (ISO 8601).'),
    door: z.string().describe('Door wie (naam van de gebruiker of koppeling).'),
  })
  .describe('Een versie van de melding.');

const statusWijziging = z
  .object({
    status: z.enum(STATUSSEN).describe('De nieuwe status.'),
    versie: z.number().int().describe('De versie waarin de status zo werd.'),
    op: z.string().describe('Wanneer (ISO 8601).'),
    door: z.string().describe('Door wie.'),
  })
  .describe('Een wijziging van de status.');

export const meldingDetail = z
  .object({
    ...kern,
    versie: z.number().int().describe('De huidige versie; elke wijziging verhoogt die.'),
    instellingNaam: z.string().nullable().describe('De naam van de school.'),
    gemeenteNaam: z.string().nullable().describe('De naam van de behandelende gemeente.'),
    leerling: leerlingKort
      .extend({
        geboortedatum: z.string().describe('De geboortedatum (JJJJ-MM-DD).'),
        straat: z.string().describe('Straat van het woonadres.'),
        huisnummer: z.string().describe('Huisnummer van het woonadres.'),
        postcode: z.string().describe('Postcode van het woonadres.'),
        plaats: z.string().describe('Woonplaats.'),
        woongemeentecode: z.string().describe('De woongemeente (gemeentecode).'),
        woongemeenteNaam: z.string().describe('De naam van de woongemeente.'),
        telefoon: z.string().describe('Telefoonnummer van leerling of ouders.'),
        email: z.string().describe('E-mailadres van leerling of ouders.'),
        extraContacten: z
          .array(
            z
              .object({
                naam: z.string().describe('Naam.'),
                relatie: z.string().describe('Relatie tot de leerling.'),
                telefoon: z.string().describe('Telefoonnummer.'),
                email: z.string().describe('E-mailadres.'),
              })
              .describe('Een extra contact.'),
          )
          .describe('Extra contactpersonen van de leerling.'),
        afwijkendAdres: afwijkendAdres.nullable().describe('Het verblijfadres als dat afwijkt van het adres in de basisregistratie; null als het niet afwijkt.'),
      })
      .describe('De leerling zoals bij het melden bekend, met de contactgegevens die de school gaf.'),
    verzuim: z
      .object({
        verbijzondering: z.enum(VERBIJZONDERINGEN).nullable().describe('Verbijzondering van de soort verzuim, indien van toepassing.'),
        reden: z.string().describe('De reden van het verzuim.'),
        allesGemist: z.boolean().describe('Of de leerling alle lessen in de periode miste.'),
        toelichting: z.string().describe('Toelichting van de school.'),
        actieGewenst: z.boolean().describe('Of de school actie van de gemeente wenst.'),
        toelichtingActieGewenst: z.string().describe('Welke actie de school wenst.'),
        onderwijslocatie: z.string().nullable().describe('De naam van de onderwijslocatie.'),
        contactpersoon: contactpersoon.describe('De contactpersoon van de school.'),
        dagen: z.array(verzuimdag).describe('De dagen en lesuren van het verzuim.'),
        actiesSchool: z.array(z.string()).describe('De acties die de school al ondernam (codes).'),
        toelichtingActiesSchool: z.string().describe('Toelichting bij de acties van de school.'),
      })
      .describe('Het verzuim zoals de school het meldde.'),
    terugkoppeling: z
      .object({
        contactpersoon: contactpersoon.nullable().describe('De contactpersoon bij de gemeente.'),
        toelichting: z.string().describe('De terugkoppeling aan de school.'),
        overgedragenAan: z.enum(OVERDRACHT_PARTIJEN).nullable().describe('Aan wie de zaak is overgedragen.'),
        overgedragenAanAnders: z.string().describe('Aan wie, bij anders.'),
        redenAfgesloten: z.enum(REDENEN_AFGESLOTEN).nullable().describe('Waarom de melding is afgesloten.'),
        toelichtingAfsluiting: z.enum(TOELICHTINGEN_AFSLUITING).nullable().describe('Toelichting bij het afsluiten.'),
      })
      .nullable()
      .describe('Wat de gemeente terugkoppelde; null tot de gemeente iets deed.'),
    intrekking: z
      .object({
        reden: z.enum(REDENEN_INTREKKEN).describe('Waarom de school de melding introk.'),
        toelichting: z.string().describe('Toelichting bij het intrekken.'),
      })
      .nullable()
      .describe('Het intrekken door de school; null als de melding niet is ingetrokken.'),
    versies: z.array(versie).describe('Alle versies van de melding, oudste eerst.'),
    statusHistorie: z.array(statusWijziging).describe('Elke keer dat de status veranderde, oudste eerst.'),
    _links: z.object({ self: link }).describe('De links van deze melding.'),
  })
  .describe('Eén melding met al haar gegevens, versies en statushistorie.');
export type MeldingDetail = z.infer<typeof meldingDetail>;
