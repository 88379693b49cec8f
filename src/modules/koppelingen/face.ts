// The face of koppelingen (issue 16): the API's authenticator and what the API platform needs to
// name the token endpoint and the audience of its tokens. The tables are named only inside.
export { apiAuthenticator, KOPPELING_CACHE_MS } from './authenticator';
export { koppelingenServices, type KoppelingenServices } from './koppelingen.services';
export { tokenAdressen, TOEGANGSTOKEN_SECONDEN } from './toegangstoken';
export { TOKEN_PAD } from './token.routes';
