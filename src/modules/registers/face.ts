// The face of registers: the lookups others need (a pupil with their enrolments, a gemeente
// with its RMC contact, names of instellingen and gemeenten), query fragments for the few
// statements that list names next to their own rows, and the pure checks of codes and PGNs.
// The register tables are named only inside this module.

export { gemeenteNamen, instellingNamen } from './names.service';
export { classifyPgn, formatPostcode, normalisePostcode, validateOnderwijslocatiecode } from './validation';
export { actueleGemeente, actueleGemeenten, aanbieders, gemeenteAdressenTabel, gemeenteNamenTabel, gemeenteVoorMelding, inschrijvingen, instellingNamenTabel, leerling, leerlingNamenTabel, onderwijslocaties, type LeerlingRij } from './lookup';
