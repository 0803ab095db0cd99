// Signs in over HTTP the way next-auth's credentials form does, and keeps the cookies as one Cookie header.

/** Cookie header holding the session of `login`; throws in English if the server does not give one. */
export async function signInOverHttp(origin: string, login: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  keepCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ login, password, csrfToken, callbackUrl: `${origin}/` }),
  });
  keepCookies(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(`Sign-in of "${login}" failed (HTTP ${response.status}, ${response.headers.get("location") ?? ""})`);
  }
  return cookieHeader(jar);
}

/** Fetches a page as the signed-in user; a redirect (to /login or elsewhere) is an error here. */
export async function fetchPage(origin: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return response.text();
}

function keepCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>) {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
