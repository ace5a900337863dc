// The console asks the public GraphQL API and nothing else: what it can do, any frontend can.

const SIGN_IN = 'plantrail.signIn';
const ROLES = 'plantrail.roles';
export const PLAN_ID_KEY = 'plantrail.planId';

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export function signIn(name, password, token) {
  sessionStorage.setItem(SIGN_IN, JSON.stringify(token ? { token } : { name, password }));
}

export function signOut() {
  sessionStorage.removeItem(SIGN_IN);
  sessionStorage.removeItem(ROLES);
}

/** Asks who is signed in, and keeps their roles so each screen offers only what they may use. */
export async function learnRoles() {
  const { me } = await graphql('{ me { name roles } }');
  sessionStorage.setItem(ROLES, JSON.stringify(me.roles));
  return me;
}

export function hasRole(...roles) {
  const held = JSON.parse(sessionStorage.getItem(ROLES) ?? '[]');
  return roles.some(role => held.includes(role));
}

export const readsHistory = () => hasRole('AUDITOR', 'OFFICER', 'ADMIN');

export function signedInName() {
  const held = JSON.parse(sessionStorage.getItem(SIGN_IN) ?? 'null');
  return held === null ? null : held.name ?? 'signed in with a token';
}

/** The Authorization header a request sends, also the graphql-ws connection_init payload. */
export function authorization() {
  const held = JSON.parse(sessionStorage.getItem(SIGN_IN) ?? 'null');
  if (held === null) return {};
  if (held.token) return { Authorization: `Bearer ${held.token}` };
  const bytes = new TextEncoder().encode(`${held.name}:${held.password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

function headers(accept) {
  // X-Requested-With: the server then sends no Basic challenge, so the browser shows no prompt of its own
  return { Accept: accept, 'X-Requested-With': 'XMLHttpRequest', ...authorization() };
}

export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { ...headers('application/graphql-response+json, application/json'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError('UNREACHABLE', 'The plantrail server cannot be reached. Check it is running, then try again.');
  }
  if (response.status === 401) {
    throw new ApiError('UNAUTHENTICATED', 'Your name and password (or token) were not accepted. Sign in again.');
  }
  const body = await response.json().catch(() => null);
  if (body === null) throw new ApiError('INTERNAL', `The server answered ${response.status} without a readable answer.`);
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message);
  }
  return body.data;
}

/** A document the server renders (HTML or Markdown), fetched with the same sign-in. */
export async function fetchText(path, accept) {
  const response = await fetch(path, { headers: headers(accept) });
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try { message = JSON.parse(text).errors[0].message; } catch (ignored) { /* plain text */ }
    throw new ApiError(String(response.status), message);
  }
  return text;
}

/** A key for one change a form sends: sent again (the button pressed twice), the change is stored once. */
export function changeKey() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}
