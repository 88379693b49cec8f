// Dutch texts of Vrijstellingen (SPEC §8, manual ch. 5).
export const vrijstellingenScherm = {
  menu: 'Vrijstellingen',
};
