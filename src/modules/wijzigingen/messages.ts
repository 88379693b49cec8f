// Dutch texts of the change feed: what a client is told about its cursor (problem+json `detail`).
export const cursorMessages = {
  ongeldig: 'De cursor is ongeldig. Gebruik de cursor uit het vorige antwoord, of begin zonder cursor.',
  verlopen:
    'De cursor is verlopen: wijzigingen na deze cursor zijn inmiddels opgeruimd (bewaartermijn). Haal de gegevens opnieuw volledig op en lees de wijzigingen daarna zonder cursor.',
};
