// The thin API client: same-origin fetch with the cookie session, the antiforgery header on unsafe
// requests, and RFC 9457 problem details turned into ApiError.
export interface ProblemDetails {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
  problems?: string[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails | null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** ValidationProblemDetails: { errors: { fieldKey: ["message", ...] } }. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors && typeof this.problem.errors === 'object' ? this.problem.errors : {};
  }

  /** Every message the server gave: the rule violations (each naming its article), the field errors, or the detail. */
  get messages(): string[] {
    if (Array.isArray(this.problem.problems) && this.problem.problems.length > 0) {
      return this.problem.problems.map(String);
    }
    const fieldMessages = Object.values(this.fieldErrors).flat().map(String);
    return fieldMessages.length > 0 ? fieldMessages : [this.message];
  }
}

// ASP.NET Core antiforgery: the token travels in this header on cookie-authenticated unsafe requests.
const antiforgeryHeader = 'X-XSRF-TOKEN';
const antiforgeryCookie = 'XSRF-TOKEN';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let onUnauthorized: () => void = () => {};

/** Called when the server says the session is gone (401), so the app can show the sign-in page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  json?: unknown;
  text?: string;
  contentType?: string;
  accept?: string;
  asText?: boolean;
  /** Sent as `If-Match` (quoted): the server refuses the change with 409 when the resource moved on. */
  ifMatch?: string | null;
  /** Reads the answer's headers (an ETag) before the body is returned. */
  onHeaders?: (headers: Headers) => void;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'text/plain';
    body = options.text;
  }
  if (options.ifMatch) {
    headers['If-Match'] = `"${options.ifMatch}"`;
  }
  if (unsafeMethods.has(method)) {
    const token = antiforgeryToken();
    if (token) {
      headers[antiforgeryHeader] = token;
    }
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    throw await toApiError(response);
  }
  options.onHeaders?.(response.headers);
  if (options.asText) {
    return (await response.text()) as T;
  }
  if (response.status === 204) {
    return null as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

// Answers asked for while the opened page's code and the signed-in user load, before the page itself asks: the page's
// first GET of the same path takes the answer instead of asking again. Each is taken once, and only during the
// first load: a failed answer, or one nobody took, is not kept.
const early = new Map<string, Promise<unknown>>();
const earlyLifetime = 15_000;

/** Asks for `path` now, for the page about to be drawn (see `early`). */
export function fetchEarly(path: string): void {
  if (early.has(path)) {
    return;
  }
  const answer = request<unknown>('GET', path);
  early.set(path, answer);
  answer.catch(() => early.delete(path));
  window.setTimeout(() => early.delete(path), earlyLifetime);
}

function get<T>(path: string): Promise<T> {
  const answer = early.get(path);
  if (answer) {
    early.delete(path);
    return answer as Promise<T>;
  }
  return request<T>('GET', path);
}

export const http = {
  get,
  getText: (path: string) => request<string>('GET', path, { accept: 'text/plain, application/xml, */*', asText: true }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { json: body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { json: body }),
  postXml: <T>(path: string, xml: string) => request<T>('POST', path, { text: xml, contentType: 'application/xml' }),
  delete: <T>(path: string) => request<T>('DELETE', path)
};

/**
 * Sends one file as multipart/form-data (field `file`, plus `fields`) with upload progress, which fetch
 * cannot report; resolves to the server's JSON answer.
 */
export function upload<T>(path: string, file: File, fields: Record<string, string> = {}, onProgress?: (percent: number) => void): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    body.append(name, value);
  }
  body.append('file', file, file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = antiforgeryToken();
    if (token) {
      xhr.setRequestHeader(antiforgeryHeader, token);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress?.(Math.round((event.loaded / event.total) * 100));
      }
    };
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        parsed = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      if (xhr.status === 401) {
        onUnauthorized();
      }
      reject(new ApiError(xhr.status, parsed as ProblemDetails | null));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'network error' }));
    xhr.send(body);
  });
}

/** A query string from the set values only: empty strings, null and false are left out. */
export function query(values: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '' && value !== false) {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const segment = encodeURIComponent;

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | null = null;
  try {
    problem = (await response.json()) as ProblemDetails;
  } catch {
    problem = null;
  }
  if (response.status === 401) {
    onUnauthorized();
  }
  return new ApiError(response.status, problem);
}

function antiforgeryToken(): string | null {
  const prefix = `${antiforgeryCookie}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : null;
}
