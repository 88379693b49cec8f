// The authenticator while no koppelingen are wired in (modules/koppelingen brings the real one
// with the token endpoint): no token can be valid, so every API call but the public document
// and reference page is a 401 — the API is closed, not open, until then.
import { ApiAuthError, type ApiAuthenticator } from './client';

export const zonderKoppelingen: ApiAuthenticator = async (request) => {
  if (!request.headers.authorization) throw new ApiAuthError('ontbreekt', 'geen token');
  throw new ApiAuthError('ongeldig', 'geen koppelingen geregistreerd');
};
