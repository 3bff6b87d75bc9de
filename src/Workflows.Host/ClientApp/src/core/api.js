import { ApiError } from './api-error.js';

// ASP.NET Core antiforgery: the token travels in this header on cookie-authenticated unsafe requests.
const antiforgeryHeader = 'X-XSRF-TOKEN';
const antiforgeryCookie = 'XSRF-TOKEN';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let onUnauthorized = () => {};

/** Called when the server says the session is gone (401), so the app can show the sign-in page. */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

export const api = {
  get: (path) => request('GET', path),
  getText: (path) => request('GET', path, { accept: 'text/plain, application/xml, */*', asText: true }),
  post: (path, body) => request('POST', path, { json: body }),
  put: (path, body) => request('PUT', path, body === undefined ? {} : { json: body }),
  postXml: (path, xml) => request('POST', path, { text: xml, contentType: 'application/xml' }),
  postForm: (path, formData) => request('POST', path, { formData }),
  delete: (path) => request('DELETE', path)
};

async function request(method, path, options = {}) {
  const headers = { Accept: options.accept ?? 'application/json' };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers['Content-Type'] = options.contentType;
    body = options.text;
  } else if (options.formData) {
    body = options.formData;
  }
  if (unsafeMethods.has(method)) {
    const token = readCookie(antiforgeryCookie);
    if (token) {
      headers[antiforgeryHeader] = token;
    }
  }

  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    throw await toApiError(response);
  }
  if (options.asText) {
    return response.text();
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

async function toApiError(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    problem = null;
  }
  const error = new ApiError(response.status, problem);
  if (response.status === 401) {
    onUnauthorized(error);
  }
  return error;
}

function readCookie(name) {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : null;
}
