// Persoonlijk plan: enhances [data-plan]. Labels, hints, headings (data-kop) and the example
// ([data-plan-example]) live in the page's HTML; this module only reads them, so it stays generic.
// One model feeds three outputs: the live preview (DOM + textContent), a .txt and an .html download
// (every user string escaped). Nothing leaves the browser; localStorage only when the visitor
// switches "Bewaar" on (off by default), under one key that "Wis mijn plan" removes (opslag.js).
// For the visit itself the text is always kept in sessionStorage under the same key: following a
// link and coming back loses nothing, closing the tab forgets it (the page says so). "Wis mijn
// plan" and the privacy page's delete button remove that copy too.
import { PREFIX, opslag } from "./opslag.js";

const KEY = `${PREFIX}plan`;
const TEXT = {
  saveOn: "Uw plan wordt nu op dit apparaat bewaard. Wis het met de knop Wis mijn plan.",
  saveOff: "Uw plan wordt niet meer bewaard. Wat bewaard was, is gewist. De tekst staat nog in het formulier.",
  restored: "Uw bewaarde plan staat weer in het formulier.",
  kept: "Uw tekst staat nog in het formulier. Sluit u dit tabblad, dan is hij weg.",
  blocked: "Bewaren lukt niet: uw browser staat het niet toe of de opslag is vol. Wat eerder bewaard was, is " +
    "gewist. Uw tekst blijft alleen staan tot u de pagina sluit.",
  stuck: "Bewaren lukt niet: uw browser staat het niet toe of de opslag is vol. Wis de gegevens van deze " +
    "site in de instellingen van uw browser.",
  cleared: "Uw plan is gewist. Er staat niets meer op dit apparaat.",
  example: "Het voorbeeld staat nu in het formulier. Pas het aan, of wis het met Wis mijn plan.",
  notEmpty: "Er staat al tekst in uw plan. Wilt u het voorbeeld zien? Wis dan eerst uw plan.",
  downloaded: "Uw plan is gedownload. U vindt het bij uw downloads.",
};

const store = {
  get: () => opslag.get(KEY),
  set: (value) => opslag.set(KEY, value),
  remove: () => opslag.remove(KEY),
};
// This tab only, until it is closed; every call may fail (private mode, blocked or full storage).
const visit = {
  get() { try { return sessionStorage.getItem(KEY); } catch { return null; } },
  set(value) { try { sessionStorage.setItem(KEY, value); } catch { /* then only the form has it */ } },
  remove() { try { sessionStorage.removeItem(KEY); } catch { /* nothing kept */ } },
};

const readFields = (raw) => {
  try {
    const velden = JSON.parse(raw)?.velden;
    return velden && typeof velden === "object" ? velden : null;
  } catch { return null; }
};

// ---- reading the form ----
const controls = (form) => [...form.elements].filter((c) => c.name && c.type !== "button");

function collect(form) {
  const data = {};
  for (const c of controls(form)) {
    if (c.type === "radio") { if (c.checked) data[c.name] = c.value; }
    else if (c.value) data[c.name] = c.value;
  }
  return data;
}

function fill(form, data) {
  for (const c of controls(form)) {
    if (c.type === "radio") c.checked = data[c.name] === c.value;
    else c.value = typeof data[c.name] === "string" ? data[c.name] : "";
  }
}

const labelText = (c) => (c.labels?.[0]?.textContent || c.value).trim();

function dateText(value) {
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

function valueOf(part) {
  if (part.matches("fieldset")) {
    const chosen = [...part.querySelectorAll("input[type=radio]")].find((r) => r.checked);
    return chosen ? labelText(chosen) : "";
  }
  const value = (part.value || "").trim();
  return part.type === "date" && value ? dateText(value) : value;
}

// The plan as data: [{level, kop, tekst}], in page order. A group ([data-kop] fieldset) is kept
// when it has a value itself or any filled part inside it.
function model(form) {
  const entries = [...form.querySelectorAll("[data-kop]")].map((part) => {
    let level = 1;
    for (let up = part.parentElement.closest("fieldset[data-kop]"); up && form.contains(up);
      up = up.parentElement.closest("fieldset[data-kop]")) level += 1;
    return { part, level, kop: part.dataset.kop, tekst: valueOf(part) };
  });
  return entries.filter((e) => e.tekst || (e.part.matches("fieldset") &&
    entries.some((inner) => inner !== e && inner.tekst && e.part.contains(inner.part))))
    .map(({ level, kop, tekst }) => ({ level, kop, tekst }));
}

// ---- the three renderings ----
function renderPreview(out, root, plan) {
  const nodes = [];
  const add = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    node.textContent = text;
    nodes.push(node);
  };
  add("p", "plan-weergave__titel", root.dataset.titel || "");
  if (!plan.length) add("p", "plan-weergave__leeg", root.dataset.leeg || "");
  for (const { level, kop, tekst } of plan) {
    add(level === 1 ? "h4" : "h5", "", kop);
    for (const alinea of tekst.split(/\n\s*\n/)) if (alinea.trim()) add("p", "plan-weergave__tekst", alinea.trim());
  }
  if (plan.length && root.dataset.voetnoot) add("p", "plan-weergave__voetnoot", root.dataset.voetnoot);
  out.replaceChildren(...nodes);
}

function asText(root, plan) {
  const underline = (s, ch) => `${s}\n${ch.repeat(Math.max(s.length, 3))}`;
  const lines = [underline(root.dataset.titel || "", "="), ""];
  for (const { level, kop, tekst } of plan) {
    lines.push(level === 1 ? underline(kop, "-") : `${kop}:`);
    lines.push(...(tekst ? [tekst, ""] : []));
  }
  if (root.dataset.voetnoot) lines.push(root.dataset.voetnoot, "");
  // Windows line endings, so every editor shows the lines.
  return lines.join("\n").replace(/\r\n?/g, "\n").replace(/\n/g, "\r\n");
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

function asHtml(root, plan) {
  const title = escapeHtml(root.dataset.titel || "");
  const body = plan.map(({ level, kop, tekst }) => {
    const tag = level === 1 ? "h2" : "h3";
    const paras = tekst.split(/\n\s*\n/).filter((a) => a.trim()).map((a) => `<p>${escapeHtml(a.trim())}</p>`);
    return [`<${tag}>${escapeHtml(kop)}</${tag}>`, ...paras].join("\n");
  });
  const note = root.dataset.voetnoot ? `<p class="voetnoot">${escapeHtml(root.dataset.voetnoot)}</p>` : "";
  // A standalone file: no scripts, no outside requests (the CSP forbids both even if opened anywhere).
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;font-size:1.1rem;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111}p{white-space:pre-line}h2{margin-top:1.6em}.voetnoot{margin-top:2em;color:#444}</style>
</head>
<body>
<h1>${title}</h1>
${body.join("\n")}
${note}
</body>
</html>
`;
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function printPlan() {
  const html = document.documentElement;
  const done = () => { html.classList.remove("plan-print"); window.removeEventListener("afterprint", done); };
  html.classList.add("plan-print");
  window.addEventListener("afterprint", done);
  window.print();
}

// The example lives in the page: [data-plan-field] elements, value in data-value or as text.
function exampleData(doc) {
  const data = {};
  for (const node of doc.querySelectorAll("[data-plan-example] [data-plan-field]")) {
    data[node.dataset.planField] = node.dataset.value ?? node.textContent.replace(/\s+/g, " ").trim();
  }
  return data;
}

function enhance(root) {
  if (root.dataset.planKlaar) return;
  const form = root.querySelector("[data-plan-form]");
  const out = root.querySelector("[data-plan-output]");
  const toggle = root.querySelector("[data-plan-save]");
  const status = root.querySelector("[data-plan-status]");
  if (!form || !out) return;
  root.dataset.planKlaar = "ja";
  root.hidden = false;
  const say = (message) => { if (status) status.textContent = message; };
  const bestand = root.dataset.bestand || "plan";

  const save = () => {
    const data = JSON.stringify({ v: 1, velden: collect(form) });
    visit.set(data);
    if (!toggle?.checked) return;
    if (!store.set(data)) {
      // Storage full or blocked: an older save must not come back after a reload.
      toggle.checked = false;
      say(store.remove() ? TEXT.blocked : TEXT.stuck);
    }
  };
  const update = () => { renderPreview(out, root, model(form)); save(); };

  // Start from what the visitor chose to keep, otherwise from an empty form (this also undoes a
  // browser's own form restore after reload).
  const saved = readFields(store.get());
  const kept = saved ? null : readFields(visit.get());
  form.reset();
  if (saved || kept) {
    fill(form, saved || kept);
    say(saved ? TEXT.restored : TEXT.kept);
  }
  if (toggle) toggle.checked = Boolean(saved);
  renderPreview(out, root, model(form));

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  toggle?.addEventListener("change", () => {
    if (toggle.checked) {
      save();
      if (toggle.checked) say(TEXT.saveOn);
    } else {
      store.remove();
      say(TEXT.saveOff);
    }
  });

  root.addEventListener("click", (event) => {
    const action = event.target.closest("[data-plan-action]")?.dataset.planAction;
    if (!action) return;
    const plan = model(form);
    if (action === "print") printPlan();
    else if (action === "download-txt") {
      download(`${bestand}.txt`, "text/plain;charset=utf-8", `\ufeff${asText(root, plan)}`);
      say(TEXT.downloaded);
    } else if (action === "download-html") {
      download(`${bestand}.html`, "text/html;charset=utf-8", asHtml(root, plan));
      say(TEXT.downloaded);
    } else if (action === "clear") {
      form.reset();
      store.remove();
      visit.remove();
      if (toggle) toggle.checked = false;
      renderPreview(out, root, model(form));
      say(TEXT.cleared);
    } else if (action === "example") {
      if (Object.keys(collect(form)).length) { say(TEXT.notEmpty); return; }
      fill(form, exampleData(document));
      update();
      say(TEXT.example);
    }
  });
}

function init() {
  document.documentElement.classList.remove("plan-print");
  document.querySelectorAll("[data-plan]").forEach(enhance);
}

if (window.document$) window.document$.subscribe(init);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
