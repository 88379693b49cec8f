// Dutch texts of Raadplegen verzuim (manual §4.2.1, Afb. 34).
export const raadplegenScherm = {
  menu: 'Raadplegen verzuim',
};
