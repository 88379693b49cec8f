// The face of gemeente: the actor of a gemeente's user, for the modules whose pages the
// gemeente's users use (vrijstellingen).

export { gemeenteActor, type GemeenteActor } from './actor';
