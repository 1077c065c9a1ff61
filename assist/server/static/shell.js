// The page shell shared by the three pages, built once here instead of repeated in each HTML file:
// the top bar (application name · page title, #user-area with [data-testid=user-role] and [data-testid=logout],
// #lang-toggle), the error area [data-testid=error], the wrong-role message [data-testid=forbidden] and the
// #login section with its form ([data-testid=login-form], [data-testid=api-key], [data-testid=login-submit]).
//
// Built with the DOM helpers only (no HTML parsing). Every string is an i18n key: the elements carry
// data-i18n / data-i18n-attr so that initI18n() and a language switch translate them like static markup,
// and they start with the current language's text so nothing is empty before initI18n() runs.
// common.js builds the shell when it is evaluated, i.e. before any page module's own code runs.

import { t } from "./i18n.js";
import { el } from "./dom.js";

/** An element whose text is the translation of key (and follows language changes). */
function tr(tag, key, props = {}) {
  return el(tag, { ...props, "data-i18n": key }, t(key));
}

function topBar(titleKey) {
  const title = titleKey ? [" ", el("span", { class: "muted" }, "·"), " ", tr("span", titleKey)] : [];
  return el("header", { class: "topbar" },
    el("h1", {}, tr("span", "app.name"), title),
    el("div", { class: "topbar-right" },
      el("div", { id: "user-area", class: "user-area", hidden: true },
        el("span", { id: "user-role", "data-testid": "user-role", class: "role-badge" }),
        tr("button", "logout", { id: "logout", type: "button", class: "ghost", "data-testid": "logout" })),
      el("div", { id: "lang-toggle", class: "lang-toggle" })));
}

function errorArea() {
  return el("div", { id: "error", class: "error-area", "data-testid": "error", role: "alert", hidden: true },
    el("span", { id: "error-text" }),
    el("button", {
      id: "error-dismiss", type: "button", class: "ghost",
      "data-i18n-attr": "aria-label:error.dismiss; title:error.dismiss",
      "aria-label": t("error.dismiss"), title: t("error.dismiss"),
    }, "×"));
}

function forbidden() {
  return el("section", { id: "forbidden", class: "forbidden", "data-testid": "forbidden", hidden: true },
    tr("h2", "forbidden.title"),
    el("p", { id: "forbidden-text" }));
}

function login() {
  return el("section", { id: "login", class: "login", hidden: true },
    el("form", { id: "login-form", class: "panel login-form", "data-testid": "login-form" },
      tr("h2", "login.title"),
      tr("label", "login.key", { for: "api-key" }),
      el("input", { id: "api-key", name: "api-key", type: "password", autocomplete: "off", required: true, "data-testid": "api-key" }),
      tr("button", "login.submit", { type: "submit", class: "primary", "data-testid": "login-submit" }),
      tr("p", "login.hint", { class: "hint muted small" })));
}

/** The document's <title> follows the page title key too (created if the page has none). */
function translateTitle(titleKey) {
  if (!titleKey) return;
  let title = document.head.querySelector("title");
  if (!title) {
    title = el("title");
    document.head.append(title);
  }
  title.setAttribute("data-i18n", titleKey);
  title.textContent = t(titleKey);
}

/**
 * Put the shell at the start of <body>, before the page's own content (<main id="app"> and the rest).
 * titleKey: the i18n key of the page title, shown in the top bar and the document title.
 * Does nothing if the shell is already there.
 */
export function buildShell(titleKey) {
  if (document.getElementById("login-form")) return;
  translateTitle(titleKey);
  document.body.prepend(topBar(titleKey), errorArea(), forbidden(), login());
}
