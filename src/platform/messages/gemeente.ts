// Dutch texts of the gemeente behandelaar's pages (SPEC §7).
export const gemeenteScherm = {
  menu: 'Meldingen behandelen',
};
