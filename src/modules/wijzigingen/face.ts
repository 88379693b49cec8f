// What other parts may use of the change feed (issue 16): the reader and its types, the cursor
// messages, and the retention purge for the housekeeping job. The feed's rows are written by the
// database (migration 0017's triggers), so there is nothing to call to record a change.
export { leesWijzigingen, MAX_LIMIET, type LeesOpties, type LeesUitkomst, type Wijziging } from './lezer';
export { verwijderOudeWijzigingen } from './bewaren';
export { cursorMessages } from './messages';
export { WIJZIGINGEN_API_TAGS, wijzigingenApiOperaties } from './api';
