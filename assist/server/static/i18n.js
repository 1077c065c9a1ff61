// Interface strings (French by default, English available) and the FR | EN toggle.
// Static markup names its strings with data-i18n="key" (text) and data-i18n-attr="attr:key;attr:key" (attributes);
// scripts call t("key", {param}) and listen to the "assist:lang" window event to re-render.

const STORAGE_KEY = "assist.lang";
const LANGS = ["fr", "en"];

const fr = {
  // shared
  "app.name": "Assistant agent",
  "lang.label": "Langue de l'interface",
  "login.title": "Connexion",
  "login.key": "Clé d'API",
  "login.submit": "Se connecter",
  "login.hint": "La clé n'est pas conservée : seul un jeton de session l'est, le temps de l'onglet.",
  "login.expired": "Session expirée ou invalide : reconnectez-vous.",
  "logout": "Se déconnecter",
  "role.agent": "Agent",
  "role.supervisor": "Superviseur",
  "role.compliance": "Conformité",
  "role.admin": "Administrateur",
  "error.dismiss": "Fermer le message",
  "error.network": "Serveur injoignable. Vérifiez la connexion.",
  "error.status": "Erreur {status}",
  "forbidden.title": "Accès refusé",
  "forbidden.text": "Cette page est réservée au rôle « {expected} ». Vous êtes connecté en tant que « {actual} ».",
  "loading": "Chargement…",
  "none": "aucun",
  "dash": "—",
  "yes": "oui",
  "no": "non",
  "close": "Fermer",
  "refresh": "Actualiser",
  "since": "Depuis",
  "until": "Jusqu'à",
  // suggestion types
  "type.curated": "Réponse approuvée",
  "type.generative": "Réponse générée",
  "type.script_step": "Étape du script",
  "type.objection_response": "Réponse à l'objection",
  "type.reminder": "À mentionner",
  "type.escalation": "Escalade",
  "type.summary": "Résumé",
  // actions and audit kinds
  "action.shown": "affichée",
  "action.accepted": "acceptée",
  "action.edited": "modifiée",
  "action.ignored": "ignorée",
  "kind.suggestion": "suggestion",
  "kind.oversight": "action de l'agent",
  "kind.config": "configuration",
  "kind.erasure": "effacement",
  // escalation reasons
  "reason.complaint": "Réclamation",
  "reason.hardship": "Difficultés financières ou vulnérabilité",
  "reason.legal_threat": "Menace juridique",
  "reason.negative_emotion": "Émotion négative forte",
  "reason.manager_request": "Demande de responsable",
  "reason.level_2_topic": "Sujet de niveau 2",
  // agent console
  "console.title": "Console agent",
  "console.new": "Nouvelle conversation",
  "console.language": "Langue",
  "console.campaign": "Campagne",
  "console.campaign.none": "aucune (entrant)",
  "console.create": "Démarrer",
  "console.list": "Mes conversations",
  "console.list.empty": "Aucune conversation pour l'instant.",
  "count.turns.one": "{n} tour",
  "count.turns.other": "{n} tours",
  "console.item.open": "en cours",
  "console.item.closed": "clôturée",
  "lang.fr": "français",
  "lang.en": "anglais",
  "lang.es": "espagnol",
  "conv.back": "← Conversations",
  "conv.heading": "Conversation {id}",
  "conv.closeCall": "Clôturer l'appel",
  "conv.closed": "Conversation clôturée : lecture seule.",
  "conv.help": "Raccourcis (?)",
  "conn.online": "Connecté",
  "conn.connecting": "Connexion…",
  "conn.retry": "Connexion perdue, nouvelle tentative…",
  "transcript.title": "Transcription",
  "transcript.empty": "Aucun échange pour l'instant.",
  "speaker.customer": "Client",
  "speaker.agent": "Agent",
  "suggestions.title": "Suggestions",
  "suggestions.empty": "Les suggestions apparaîtront après la prochaine phrase du client.",
  "suggestions.noAnswer": "Aucune réponse approuvée pour cette question : ne pas improviser, proposer un rappel ou transférer.",
  "suggestions.generativeUnavailable": "Suggestion générée indisponible",
  "suggestions.generating": "Rédaction en cours",
  "card.insert": "Insérer",
  "card.copy": "Copier",
  "card.copied": "Copié",
  "card.ignore": "Ignorer",
  "card.explain": "Expliquer",
  "card.sources": "Sources ({n})",
  "card.used": "utilisée",
  "card.confidence": "confiance {value}",
  "card.shortcut": "Raccourci : touche {n}",
  "escalation.title": "Escalade recommandée",
  "escalation.dismiss": "Masquer l'alerte",
  "script.title": "Script",
  "script.campaign": "Campagne",
  "script.version": "version {v}",
  "script.current": "Étape en cours",
  "script.next": "Étape suivante",
  "script.progress": "{done} / {total} étapes",
  "script.mentions": "Mentions obligatoires à faire",
  "script.mentions.none": "Toutes les mentions obligatoires ont été faites.",
  "composer.label": "Votre réponse",
  "composer.placeholder": "Écrivez ou insérez une suggestion… (Ctrl+Entrée pour envoyer)",
  "composer.send": "Envoyer",
  "feed.title": "Flux client (saisie manuelle)",
  "feed.label": "Phrase du client",
  "feed.send": "Ajouter",
  "summary.title": "Résumé de l'appel",
  "summary.none": "Aucun résumé n'a pu être produit.",
  "summary.copy": "Copier le résumé",
  "help.title": "Raccourcis clavier",
  "help.insert": "insérer la suggestion n dans la réponse",
  "help.ignore": "ignorer la première suggestion",
  "help.explain": "expliquer la première suggestion",
  "help.focus": "aller à la zone de réponse",
  "help.toggle": "afficher ou masquer cette aide",
  "help.send": "envoyer la réponse (dans la zone de réponse)",
  "help.typing": "Les raccourcis sont inactifs pendant la saisie, sauf Ctrl+Entrée.",
  "key.enter": "Entrée",
  // explanation
  "explain.title": "Explication de la suggestion",
  "explain.id": "Suggestion",
  "explain.type": "Type",
  "explain.created": "Créée le",
  "explain.conversation": "Conversation",
  "explain.turn": "Tour",
  "explain.text": "Texte (données personnelles masquées)",
  "explain.rationale": "Justification",
  "explain.citations": "Citations",
  "explain.sources": "Sources consultées",
  "explain.src.rank": "Rang",
  "explain.src.title": "Titre",
  "explain.src.kind": "Nature",
  "explain.src.id": "Identifiant",
  "explain.src.score": "Score",
  "explain.src.lexical": "Lexical (rang / score)",
  "explain.src.dense": "Dense (rang / score)",
  "explain.src.reranker": "Reclassement (probabilité)",
  "explain.src.level": "Niveau",
  "explain.src.used": "Utilisée",
  "explain.src.whyNot": "Pourquoi pas",
  "explain.prompt": "Prompt",
  "explain.model": "Modèle",
  "explain.guards": "Contrôles",
  "explain.guard.pass": "réussi",
  "explain.guard.fail": "échoué",
  "explain.redactions": "Données masquées",
  "explain.timings": "Temps (ms)",
  "explain.confidence": "Confiance",
  "explain.snapshot": "Version des connaissances",
  "explain.query": "Requête (masquée)",
  "explain.language": "Langue",
  "explain.actions": "Actions de l'agent",
  "explain.editDistance": "distance d'édition {n}",
  "explain.entry": "Entrée du journal",
  "explain.version": "Version",
  "explain.seq": "n°",
  "explain.hash": "empreinte",
  // compliance
  "compliance.title": "Conformité — journal d'explicabilité",
  "integrity.ok": "Journal intègre — {entries}, {checkpoints} (clé {key})",
  "count.entries.one": "{n} entrée",
  "count.entries.other": "{n} entrées",
  "count.checkpoints.one": "{n} point de contrôle signé",
  "count.checkpoints.other": "{n} points de contrôle signés",
  "integrity.uncovered.one": "{n} entrée récente pas encore couverte par un point de contrôle signé.",
  "integrity.uncovered.other": "{n} entrées récentes pas encore couvertes par un point de contrôle signé.",
  "integrity.bad": "Journal altéré : {error}",
  "integrity.firstBad": "Première entrée invalide : n° {seq}",
  "integrity.verify": "Vérifier",
  "search.title": "Rechercher",
  "search.conversation": "Conversation",
  "search.suggestion": "Suggestion",
  "search.type": "Type de suggestion",
  "search.action": "Action",
  "search.guard": "Contrôle déclenché",
  "search.campaign": "Campagne",
  "search.agent": "Réf. agent",
  "search.kind": "Nature",
  "search.any": "tous",
  "search.submit": "Rechercher",
  "search.reset": "Effacer",
  "results.title": "Résultats",
  "results.empty": "Aucune entrée ne correspond.",
  "results.more": "Plus",
  "results.seq": "N°",
  "results.time": "Date",
  "results.kind": "Nature",
  "results.typeAction": "Type / action",
  "results.conversation": "Conversation",
  "results.agent": "Agent",
  "results.campaign": "Campagne",
  "results.guards": "Contrôles déclenchés",
  "results.summary": "Résumé",
  "results.open": "Ouvrir l'entrée n° {seq}",
  "export.bundle": "Exporter le journal signé",
  "export.jsonl": "Exporter les résultats (JSONL)",
  "detail.title": "Détail",
  "detail.empty": "Choisissez une entrée pour voir son détail.",
  "detail.entry": "Entrée {id}",
  "detail.erased": "Contenu effacé (clé détruite).",
  // supervisor
  "supervisor.title": "Supervision — usage des suggestions",
  "period.title": "Période",
  "totals.title": "Totaux",
  "totals.shown": "Suggestions affichées",
  "totals.acceptance": "Taux d'acceptation",
  "totals.edit": "Taux de modification",
  "totals.ignore": "Taux d'ignorance",
  "totals.conversations": "Conversations",
  "group.campaign": "Par campagne",
  "group.script_version": "Par version de script",
  "group.suggestion_type": "Par type de suggestion",
  "group.agent": "Par agent (pseudonyme)",
  "group.key": "Clé",
  "group.inbound": "aucune (entrant)",
  "group.empty": "Aucune donnée sur la période.",
  "col.shown": "Affichées",
  "col.accepted": "Acceptées",
  "col.edited": "Modifiées",
  "col.ignored": "Ignorées",
  "col.noAction": "Sans action",
  "col.acceptance": "Acceptation",
  "col.edit": "Modification",
  "col.ignore": "Ignorance",
  "chart.label": "Répartition des actions {group}, en part des suggestions affichées",
  "latency.title": "Latences",
  "latency.metric": "Mesure",
  "latency.curated": "Suggestions approuvées",
  "latency.generation_first_token": "Génération : premier mot",
  "latency.generation_total": "Génération : totale",
  "latency.chart": "Latences p50 et p95 en millisecondes",
  "latency.percentile": "{p}ᵉ centile",
  "latency.n": "nombre de mesures",
  "ms": "{n} ms",
};

const en = {
  "app.name": "Agent assist",
  "lang.label": "Interface language",
  "login.title": "Sign in",
  "login.key": "API key",
  "login.submit": "Sign in",
  "login.hint": "The key is not kept: only a session token is, for the life of this tab.",
  "login.expired": "Session expired or invalid: please sign in again.",
  "logout": "Sign out",
  "role.agent": "Agent",
  "role.supervisor": "Supervisor",
  "role.compliance": "Compliance",
  "role.admin": "Administrator",
  "error.dismiss": "Dismiss message",
  "error.network": "Server unreachable. Check the connection.",
  "error.status": "Error {status}",
  "forbidden.title": "Access denied",
  "forbidden.text": "This page is for the “{expected}” role. You are signed in as “{actual}”.",
  "loading": "Loading…",
  "none": "none",
  "dash": "—",
  "yes": "yes",
  "no": "no",
  "close": "Close",
  "refresh": "Refresh",
  "since": "Since",
  "until": "Until",
  "type.curated": "Approved answer",
  "type.generative": "Generated reply",
  "type.script_step": "Script step",
  "type.objection_response": "Objection response",
  "type.reminder": "To mention",
  "type.escalation": "Escalation",
  "type.summary": "Summary",
  "action.shown": "shown",
  "action.accepted": "accepted",
  "action.edited": "edited",
  "action.ignored": "ignored",
  "kind.suggestion": "suggestion",
  "kind.oversight": "agent action",
  "kind.config": "configuration",
  "kind.erasure": "erasure",
  "reason.complaint": "Complaint",
  "reason.hardship": "Financial hardship or vulnerability",
  "reason.legal_threat": "Legal threat",
  "reason.negative_emotion": "Strong negative emotion",
  "reason.manager_request": "Manager requested",
  "reason.level_2_topic": "Level-2 topic",
  "console.title": "Agent console",
  "console.new": "New conversation",
  "console.language": "Language",
  "console.campaign": "Campaign",
  "console.campaign.none": "none (inbound)",
  "console.create": "Start",
  "console.list": "My conversations",
  "console.list.empty": "No conversations yet.",
  "count.turns.one": "{n} turn",
  "count.turns.other": "{n} turns",
  "console.item.open": "open",
  "console.item.closed": "closed",
  "lang.fr": "French",
  "lang.en": "English",
  "lang.es": "Spanish",
  "conv.back": "← Conversations",
  "conv.heading": "Conversation {id}",
  "conv.closeCall": "Close the call",
  "conv.closed": "Conversation closed: read-only.",
  "conv.help": "Shortcuts (?)",
  "conn.online": "Connected",
  "conn.connecting": "Connecting…",
  "conn.retry": "Connection lost, retrying…",
  "transcript.title": "Transcript",
  "transcript.empty": "Nothing said yet.",
  "speaker.customer": "Customer",
  "speaker.agent": "Agent",
  "suggestions.title": "Suggestions",
  "suggestions.empty": "Suggestions will appear after the customer's next utterance.",
  "suggestions.noAnswer": "No approved answer for this question: do not improvise, offer a call-back or transfer.",
  "suggestions.generativeUnavailable": "Generated suggestion unavailable",
  "suggestions.generating": "Writing",
  "card.insert": "Insert",
  "card.copy": "Copy",
  "card.copied": "Copied",
  "card.ignore": "Ignore",
  "card.explain": "Explain",
  "card.sources": "Sources ({n})",
  "card.used": "used",
  "card.confidence": "confidence {value}",
  "card.shortcut": "Shortcut: key {n}",
  "escalation.title": "Escalation recommended",
  "escalation.dismiss": "Dismiss alert",
  "script.title": "Script",
  "script.campaign": "Campaign",
  "script.version": "version {v}",
  "script.current": "Current step",
  "script.next": "Next step",
  "script.progress": "{done} / {total} steps",
  "script.mentions": "Mandatory mentions still due",
  "script.mentions.none": "All mandatory mentions have been made.",
  "composer.label": "Your reply",
  "composer.placeholder": "Type or insert a suggestion… (Ctrl+Enter to send)",
  "composer.send": "Send",
  "feed.title": "Customer feed (manual entry)",
  "feed.label": "Customer utterance",
  "feed.send": "Add",
  "summary.title": "Call summary",
  "summary.none": "No summary could be produced.",
  "summary.copy": "Copy the summary",
  "help.title": "Keyboard shortcuts",
  "help.insert": "insert suggestion n into the reply",
  "help.ignore": "ignore the first suggestion",
  "help.explain": "explain the first suggestion",
  "help.focus": "go to the reply box",
  "help.toggle": "show or hide this help",
  "help.send": "send the reply (in the reply box)",
  "help.typing": "Shortcuts are off while typing, except Ctrl+Enter.",
  "key.enter": "Enter",
  "explain.title": "Why this suggestion",
  "explain.id": "Suggestion",
  "explain.type": "Type",
  "explain.created": "Created",
  "explain.conversation": "Conversation",
  "explain.turn": "Turn",
  "explain.text": "Text (personal data masked)",
  "explain.rationale": "Rationale",
  "explain.citations": "Citations",
  "explain.sources": "Sources considered",
  "explain.src.rank": "Rank",
  "explain.src.title": "Title",
  "explain.src.kind": "Kind",
  "explain.src.id": "Id",
  "explain.src.score": "Score",
  "explain.src.lexical": "Lexical (rank / score)",
  "explain.src.dense": "Dense (rank / score)",
  "explain.src.reranker": "Reranker (probability)",
  "explain.src.level": "Level",
  "explain.src.used": "Used",
  "explain.src.whyNot": "Why not",
  "explain.prompt": "Prompt",
  "explain.model": "Model",
  "explain.guards": "Guards",
  "explain.guard.pass": "passed",
  "explain.guard.fail": "failed",
  "explain.redactions": "Redactions",
  "explain.timings": "Timings (ms)",
  "explain.confidence": "Confidence",
  "explain.snapshot": "Knowledge snapshot",
  "explain.query": "Query (masked)",
  "explain.language": "Language",
  "explain.actions": "Agent actions",
  "explain.editDistance": "edit distance {n}",
  "explain.entry": "Log entry",
  "explain.version": "Version",
  "explain.seq": "seq",
  "explain.hash": "hash",
  "compliance.title": "Compliance — explainability log",
  "integrity.ok": "Log intact — {entries}, {checkpoints} (key {key})",
  "count.entries.one": "{n} entry",
  "count.entries.other": "{n} entries",
  "count.checkpoints.one": "{n} signed checkpoint",
  "count.checkpoints.other": "{n} signed checkpoints",
  "integrity.uncovered.one": "{n} recent entry not yet covered by a signed checkpoint.",
  "integrity.uncovered.other": "{n} recent entries not yet covered by a signed checkpoint.",
  "integrity.bad": "Log tampered with: {error}",
  "integrity.firstBad": "First bad entry: seq {seq}",
  "integrity.verify": "Verify",
  "search.title": "Search",
  "search.conversation": "Conversation",
  "search.suggestion": "Suggestion",
  "search.type": "Suggestion type",
  "search.action": "Action",
  "search.guard": "Guard fired",
  "search.campaign": "Campaign",
  "search.agent": "Agent ref",
  "search.kind": "Kind",
  "search.any": "any",
  "search.submit": "Search",
  "search.reset": "Clear",
  "results.title": "Results",
  "results.empty": "No matching entries.",
  "results.more": "More",
  "results.seq": "Seq",
  "results.time": "Time",
  "results.kind": "Kind",
  "results.typeAction": "Type / action",
  "results.conversation": "Conversation",
  "results.agent": "Agent",
  "results.campaign": "Campaign",
  "results.guards": "Guards fired",
  "results.summary": "Summary",
  "results.open": "Open entry {seq}",
  "export.bundle": "Export the signed log",
  "export.jsonl": "Export the results (JSONL)",
  "detail.title": "Detail",
  "detail.empty": "Pick an entry to see its detail.",
  "detail.entry": "Entry {id}",
  "detail.erased": "Content erased (key destroyed).",
  "supervisor.title": "Supervision — suggestion usage",
  "period.title": "Period",
  "totals.title": "Totals",
  "totals.shown": "Suggestions shown",
  "totals.acceptance": "Acceptance rate",
  "totals.edit": "Edit rate",
  "totals.ignore": "Ignore rate",
  "totals.conversations": "Conversations",
  "group.campaign": "By campaign",
  "group.script_version": "By script version",
  "group.suggestion_type": "By suggestion type",
  "group.agent": "By agent (pseudonymous)",
  "group.key": "Key",
  "group.inbound": "none (inbound)",
  "group.empty": "No data for this period.",
  "col.shown": "Shown",
  "col.accepted": "Accepted",
  "col.edited": "Edited",
  "col.ignored": "Ignored",
  "col.noAction": "No action",
  "col.acceptance": "Acceptance",
  "col.edit": "Edit",
  "col.ignore": "Ignore",
  "chart.label": "Actions {group}, as shares of suggestions shown",
  "latency.title": "Latency",
  "latency.metric": "Measure",
  "latency.curated": "Approved suggestions",
  "latency.generation_first_token": "Generation: first token",
  "latency.generation_total": "Generation: total",
  "latency.chart": "p50 and p95 latency in milliseconds",
  "latency.percentile": "{p}th percentile",
  "latency.n": "number of measurements",
  "ms": "{n} ms",
};

const DICTS = { fr, en };

let current = LANGS.includes(localStorage.getItem(STORAGE_KEY)) ? localStorage.getItem(STORAGE_KEY) : "fr";

/** The string for key in the current language, {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = DICTS[current][key] ?? DICTS.fr[key];
  if (text === undefined) {
    console.warn("i18n: missing key", key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The plural form of key for the count n ("key.one" or "key.other"), {n} filled with the formatted number. */
export function tn(key, n) {
  const form = new Intl.PluralRules(current).select(Number(n) || 0) === "one" ? "one" : "other";
  return t(`${key}.${form}`, { n: fmtNumber(n) });
}

/** A translated label when the dictionary has prefix.value, the raw value otherwise (unknown enum values). */
export function label(prefix, value) {
  const key = `${prefix}.${value}`;
  return key in DICTS.fr ? t(key) : String(value ?? "");
}

/** Fill data-i18n texts and data-i18n-attr attributes under root. */
function applyI18n(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of node.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) node.setAttribute(attr, t(key));
    }
  }
}

function setLang(lang) {
  if (!LANGS.includes(lang) || lang === current) return;
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  applyI18n(document);
  window.dispatchEvent(new CustomEvent("assist:lang", { detail: { lang } }));
}

/** Build the FR | EN toggle inside container. */
export function mountLangToggle(container) {
  container.replaceChildren();
  container.setAttribute("role", "group");
  container.setAttribute("data-i18n-attr", "aria-label:lang.label");
  LANGS.forEach((lang, i) => {
    if (i > 0) container.append(document.createTextNode(" | "));
    const button = document.createElement("button");
    button.type = "button";
    button.className = "lang-button";
    button.textContent = lang.toUpperCase();
    button.lang = lang;
    button.setAttribute("data-testid", `lang-${lang}`);
    button.addEventListener("click", () => setLang(lang));
    container.append(button);
  });
  const sync = () => {
    for (const b of container.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.lang === current));
  };
  sync();
  window.addEventListener("assist:lang", sync);
}

/** Called once per page: sets <html lang> and the static strings. */
export function initI18n() {
  document.documentElement.lang = current;
  applyI18n(document);
}

/** Dates, numbers and percentages in the interface language. */
export function fmtDateTime(iso) {
  if (!iso) return t("dash");
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(current === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short", timeStyle: "medium" }).format(date);
}

export function fmtTime(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(current === "fr" ? "fr-FR" : "en-GB", { timeStyle: "short" }).format(date);
}

export function fmtNumber(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return t("dash");
  return new Intl.NumberFormat(current === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: digits }).format(value);
}

/** Rates are fractions in [0, 1]. */
export function fmtPct(rate) {
  if (rate === null || rate === undefined || Number.isNaN(Number(rate))) return t("dash");
  return new Intl.NumberFormat(current === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(rate);
}
