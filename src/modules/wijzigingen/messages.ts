// Dutch texts of the change feed: what a client is told about its cursor (problem+json `detail`).
export const cursorMessages = {
  ongeldig: 'De cursor is ongeldig. Gebruik de cursor uit het vorige antwoord, of begin zonder cursor.',
  verlopen:
    'De cursor is verlopen: wijzigingen na deze cursor zijn inmiddels opgeruimd (bewaartermijn). Haal de gegevens opnieuw volledig op en lees de wijzigingen daarna zonder cursor.',
};

/** The feed route's refusals of its query (invalidParams' reason). */
export const feedApiTeksten = {
  cursor: 'De cursor (na) is ongeldig. Gebruik de cursor uit het vorige antwoord, of begin zonder cursor.',
  limiet: 'Het aantal (limiet) moet een geheel getal van 1 tot en met 1000 zijn.',
};
