// The face of beheer: the locaties and contactpersonen services the wizard reads, the
// telephone check, and the link-as-button of its pages.

export { contactpersonenService } from './contactpersonen/contactpersonen.service';
export { isTelefoonnummer } from './contactpersonen/rules';
export { locatiesService } from './locaties/locaties.service';
export { KnopLink } from './views/gedeeld';
