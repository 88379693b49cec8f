// The face of auth: what another module may know of a user beyond the session (issue 15).
export { gebruikerEmail } from './gebruikers.repository';
