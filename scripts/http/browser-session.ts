/**
 * One person's browser, over plain HTTP: it keeps cookies and submits forms the way a browser
 * does before (or without) JavaScript. A server action's form carries hidden `$ACTION_…` fields
 * naming the action; posting them with the visible fields runs the action and answers with a
 * redirect or the page re-rendered with the action's result, as the no-JavaScript path does.
 */

export type Answer = { status: number; location: string | null; body: string; ms: number };

const ACTION_FIELD = /<input[^>]*name="(\$ACTION_[^"]*)"[^>]*>/g;

export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  get(path: string): Promise<Answer> {
    return this.request(path, { method: "GET" });
  }

  /** Opens `path`, then submits its server-action form that has field `field`, with `fields` filled in. */
  async submitForm(path: string, fields: Record<string, string>, field: string): Promise<Answer> {
    const page = await this.get(path);
    if (page.status !== 200) return page;
    return this.post(path, { ...actionFields(page.body, field), ...fields });
  }

  /** Posts a form whose `$ACTION_…` fields were read from the page earlier. */
  post(path: string, fields: Record<string, string>): Promise<Answer> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return this.request(path, { method: "POST", body, headers: { origin: this.baseUrl } });
  }

  /**
   * Calls a form's server action as React does once the page has loaded: the `Next-Action`
   * header names the action, and the body carries the arguments `(previousState, formData)` in
   * React's reply encoding (the form's fields, prefixed `_1_`, then part 0, the argument list).
   */
  callAction(path: string, actionId: string, fields: Record<string, string>): Promise<Answer> {
    return this.request(path, { method: "POST", body: actionBody(fields), headers: this.actionHeaders(actionId) });
  }

  /** The headers React sends with a server action call, this session's cookies included. */
  actionHeaders(actionId: string): Record<string, string> {
    return { origin: this.baseUrl, accept: "text/x-component", "next-action": actionId, cookie: this.cookieHeader() };
  }

  /** Signs in through the sign-in form; true once the session cookie is set. */
  async signIn(email: string, password: string): Promise<boolean> {
    const answer = await this.submitForm("/login", { email, password }, "password");
    return answer.status === 303 && [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }

  private async request(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: "manual",
      headers: { cookie: this.cookieHeader(), ...init.headers },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    for (const cookie of response.headers.getSetCookie()) this.keep(cookie);
    const body = await response.text();
    // A server action that redirects says where in a header of its own.
    const location = response.headers.get("location") ?? response.headers.get("x-action-redirect");
    return { status: response.status, location, body, ms: performance.now() - started };
  }

  private keep(setCookie: string): void {
    const [pair] = setCookie.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(setCookie)) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  /** The Cookie header this browser sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** A form's fields as the arguments `(previousState, formData)` of a server action, in React's reply encoding. */
export function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

/** The id of the server action behind the page's form that has a field named `field`. */
export function actionIdOf(html: string, field: string): string {
  const bound = Object.entries(actionFields(html, field)).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (!bound) throw new Error("the form names no server action");
  return (JSON.parse(bound[1]) as { id: string }).id;
}

/** The hidden fields React renders into a server-action form (the first, or the one with `field`). */
export function actionFields(html: string, field?: string): Record<string, string> {
  const forms = html.split("<form").slice(1).map((form) => form.slice(0, form.indexOf("</form>")));
  const form = forms.find((candidate) => !field || candidate.includes(`name="${field}"`)) ?? "";
  const fields: Record<string, string> = {};
  for (const [input, name] of form.matchAll(ACTION_FIELD)) {
    fields[name] = decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  if (Object.keys(fields).length === 0) throw new Error("the page has no server-action form");
  return fields;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
