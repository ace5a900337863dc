// Sign-in for the checks: the demo accounts of a local run (password = name).
export const baseUrl = process.env.BASE_URL ?? 'http://localhost:8080';

export function basic(user) {
  return 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64');
}

export function fetchAs(user) {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', basic(user));
    return fetch(input, { ...init, headers });
  };
}

export async function post(user, query, variables) {
  const response = await fetchAs(user)(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
