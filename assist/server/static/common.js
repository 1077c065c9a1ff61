// Shared by the three pages: sign-in with the API key, the session token, the api() fetch helper,
// the error area, the wrong-role message and file downloads.
//
// Every page has the same shell, built by shell.js (not written in the HTML): #user-area (with
// [data-testid=user-role] and [data-testid=logout]), #lang-toggle, the error area [data-testid=error],
// [data-testid=forbidden] and the #login section. The page itself holds <main id="app"> and names its title's
// i18n key with <body data-page-title="...">.

import { t, label, initI18n, mountLangToggle } from "./i18n.js";
import { fill } from "./dom.js";
import { buildShell } from "./shell.js";

const TOKEN_KEY = "assist.token";

/** The signed-in user; token survives a reload of the tab (sessionStorage), not the tab itself. */
export const session = { token: sessionStorage.getItem(TOKEN_KEY), role: null, subject: null, agentRef: null };

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
  }
}

let page = { role: null, onLogin: () => {}, onLogout: () => {} };
const $ = (id) => document.getElementById(id);

// Built while this module is evaluated (module scripts run once the HTML is parsed, so <body> is complete).
// ES modules evaluate their imports first: every module that imports common.js, directly or not (each page's
// entry module does), runs its own code after this line and finds the shell's elements in the document.
buildShell(document.body.dataset.pageTitle);

/**
 * Start a page: translations, language toggle, sign-in form, then onLogin(me) once a session is valid.
 * onLogout() runs when the session ends (sign-out or 401), before the sign-in form is shown again.
 */
export function initPage({ role, onLogin, onLogout }) {
  page = { role, onLogin, onLogout: onLogout || (() => {}) };
  initI18n();
  mountLangToggle($("lang-toggle"));
  $("login-form").addEventListener("submit", onLoginSubmit);
  $("logout").addEventListener("click", () => endSession());
  $("error-dismiss").addEventListener("click", clearError);
  window.addEventListener("assist:lang", renderUser);
  // ApiErrors are already shown in the error area: do not report them again as unhandled.
  window.addEventListener("unhandledrejection", (event) => {
    if (event.reason instanceof ApiError) event.preventDefault();
  });
  if (session.token) resume();
  else showLogin();
}

async function resume() {
  try {
    enter(await api("/api/me"));
  } catch (error) {
    if (error.status !== 401) showLogin();
  }
}

async function onLoginSubmit(event) {
  event.preventDefault();
  const input = $("api-key");
  const key = input.value.trim();
  if (!key) return;
  const button = event.submitter;
  if (button) button.disabled = true;
  try {
    const response = await fetch("/api/session", { method: "POST", headers: { Authorization: `Bearer ${key}` } });
    if (!response.ok) {
      showError(await readDetail(response));
      return;
    }
    const data = await response.json();
    input.value = "";
    session.token = data.token;
    sessionStorage.setItem(TOKEN_KEY, data.token);
    enter(data);
  } catch {
    showError(t("error.network"));
  } finally {
    if (button) button.disabled = false;
  }
}

function enter(me) {
  session.role = me.role;
  session.subject = me.subject;
  session.agentRef = me.agent_ref;
  clearError();
  $("login").hidden = true;
  $("forbidden").hidden = true;
  $("app").hidden = false;
  $("user-area").hidden = false;
  renderUser();
  page.onLogin(me);
}

function renderUser() {
  if (!session.role) return;
  const who = session.subject ? `${label("role", session.role)} · ${session.subject}` : label("role", session.role);
  fill($("user-role"), who);
}

/** Forget the session and show the sign-in form (message: optional text for the error area). */
export function endSession(message) {
  session.token = null;
  session.role = null;
  sessionStorage.removeItem(TOKEN_KEY);
  page.onLogout();
  showLogin();
  if (message) showError(message);
  else clearError();
}

function showLogin() {
  $("app").hidden = true;
  $("user-area").hidden = true;
  $("forbidden").hidden = true;
  $("login").hidden = false;
  $("api-key").focus();
}

/** The server said 403 and this user's role is not the page's: say so clearly instead of a broken page. */
function showForbidden(detail) {
  $("app").hidden = true;
  const text = t("forbidden.text", { expected: label("role", page.role), actual: label("role", session.role) });
  fill($("forbidden-text"), detail ? `${text} (${detail})` : text);
  $("forbidden").hidden = false;
}

export function showError(message) {
  fill($("error-text"), message);
  $("error").hidden = false;
}

function clearError() {
  $("error").hidden = true;
  fill($("error-text"));
}

/** The server's {"detail": ...} as one line (FastAPI's 422 gives a list of {loc, msg}). */
async function readDetail(response) {
  let detail = "";
  try {
    const body = await response.json();
    detail = body && body.detail;
    if (Array.isArray(detail)) detail = detail.map((d) => (d && d.msg) || JSON.stringify(d)).join(" ; ");
    else if (detail && typeof detail !== "string") detail = JSON.stringify(detail);
  } catch {
    detail = ""; // not JSON (a proxy's HTML page, say): the status alone is clearer
  }
  return detail || t("error.status", { status: response.status });
}

/**
 * fetch with the session token. body (an object) is sent as JSON. Resolves to the parsed JSON (or the Response
 * with raw: true). On an error status it shows the server's detail (unless the status is listed in quiet),
 * returns to the sign-in form on 401, shows the wrong-role message on 403, and rejects with an ApiError.
 */
export async function api(path, { method = "GET", body, quiet = [], raw = false } = {}) {
  const headers = { Authorization: `Bearer ${session.token}` };
  const init = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    showError(t("error.network"));
    throw new ApiError(0, t("error.network"));
  }
  if (response.ok) {
    if (raw) return response;
    return response.status === 204 ? null : response.json();
  }
  const error = new ApiError(response.status, await readDetail(response));
  if (response.status === 401) {
    if (session.token) endSession(t("login.expired")); // otherwise already signed out: nothing more to say
  } else if (response.status === 403 && session.role !== page.role) {
    showForbidden(error.detail);
  } else if (!quiet.includes(response.status)) {
    showError(error.detail);
  }
  throw error;
}

/** Build a query string from the non-empty values of params. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Download an API response as a file (the token is a header, so a plain link cannot do it). */
export async function download(path, fallbackName) {
  const response = await api(path, { raw: true });
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The WebSocket URL for an API path on this host. */
export function wsUrl(path) {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
}
