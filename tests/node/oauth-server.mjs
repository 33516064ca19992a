// A real OAuth 2.0 authorization server for the tests: oauth2-mock-server, made strict about
// refresh tokens so the engine's refresh rules can be proven against it.
//   - refresh tokens are single-use: an unknown or spent one gets 400 invalid_grant;
//   - OAUTH_ROTATE=0: refresh answers carry no new refresh token (the old one stays valid);
//   - OAUTH_EXPIRES_IN=N: expires_in of every token answer;
//   - a line "revoke" on stdin: every refresh token issued so far is refused from now on;
//   - a line "deny" on stdin: the next authorization is refused (error=access_denied), as a
//     person clicking "Deny" at the provider would;
// Prints {"url": "..."} when listening, then one JSON line per token request and one per
// authorization request ({"endpoint": "authorize", ...}).
import { OAuth2Server } from 'oauth2-mock-server';
import { createInterface } from 'node:readline';

const rotate = process.env.OAUTH_ROTATE !== '0';
const expiresIn = Number(process.env.OAUTH_EXPIRES_IN || 3600);
const live = new Set();

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');

let denyNext = false;
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'deny') denyNext = true;
  if (line.trim() === 'revoke') live.clear(); // the provider forgets every refresh token
});

server.service.on('beforeAuthorizeRedirect', (redirect, req) => {
  const q = req.query;
  console.log(JSON.stringify({ endpoint: 'authorize', client_id: q.client_id ?? null, redirect_uri: q.redirect_uri ?? null,
                               scope: q.scope ?? null, state: q.state ?? null, response_type: q.response_type ?? null,
                               code_challenge: q.code_challenge ?? null, code_challenge_method: q.code_challenge_method ?? null,
                               denied: denyNext }));
  if (denyNext) {
    denyNext = false;
    redirect.url.searchParams.delete('code');
    redirect.url.searchParams.set('error', 'access_denied');
    redirect.url.searchParams.set('error_description', 'The resource owner denied the request');
  }
});

server.service.on('beforeResponse', (response, req) => {
  const body = req.body || {};
  const basic = (req.headers.authorization || '').startsWith('Basic ');
  const log = {
    grant_type: body.grant_type,
    client_id: body.client_id ?? null,
    has_client_secret: 'client_secret' in body,
    basic_auth: basic,
    refresh_token: body.refresh_token ?? null,
    code: body.code ?? null,
    redirect_uri: body.redirect_uri ?? null,
    code_verifier: body.code_verifier ?? null,
  };
  if (body.grant_type === 'refresh_token') {
    if (!live.has(body.refresh_token)) {
      response.statusCode = 400;
      response.body = { error: 'invalid_grant', error_description: 'unknown or spent refresh token' };
      console.log(JSON.stringify({ ...log, status: 400 }));
      return;
    }
    if (rotate) {
      live.delete(body.refresh_token);
    } else {
      delete response.body.refresh_token;
    }
  }
  if (response.body.refresh_token) live.add(response.body.refresh_token);
  response.body.expires_in = expiresIn;
  console.log(JSON.stringify({ ...log, status: response.statusCode,
                               access_token: response.body.access_token,
                               new_refresh_token: response.body.refresh_token ?? null }));
});

await server.start(0, '127.0.0.1');
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
const stop = async () => { await server.stop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
