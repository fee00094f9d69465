// Calculators on the page: start the worker only where a [data-calculator] root exists, bring the
// form to life (written at build time from `action: "questions"`), show results and errors. No legal
// rule or question lives here: everything the visitor reads comes from the Python calculators (see
// README, "Rekenhulp contract").
//
// Extension point for a calculator's own display code (e.g. brieven.js): after each result the root
// dispatches "rekenhulp:result" (bubbles) with detail {calculator, input, result, run}; `run(request)`
// sends another request through the same worker and resolves to the decoded response. Listen on
// document; this module stays generic.
//
// Prefill (a contract between pages): location.hash holds URL-encoded answers keyed by question id,
// e.g. #soort=bezwaar&besluit_datum=2026-03-02. They only fill the form: unknown keys are ignored,
// nothing is submitted, and a fragment is never sent to any server.
import { run, runtimeOf, startWorker } from "./rekenhulp-client.js";

const SITE_ROOT = new URL("../../", import.meta.url);
const TEXT = {
  early: "De rekenhulp wordt geladen. U kunt de vragen al invullen.",
  queued: "De rekenhulp wordt nog geladen. Zodra hij klaar is, ziet u de uitkomst.",
  slow: "Het laden duurt langer dan normaal. Even geduld, of lees intussen de uitleg op deze pagina.",
  ready: "De rekenhulp is klaar. Vul de vragen in.",
  busy: "Bezig met rekenen…",
  failed: "De rekenhulp kon niet starten. Uw gegevens zijn niet verstuurd. De uitleg en tabellen op " +
    "deze pagina kunt u wel gebruiken. Probeer het later nog eens, of in een andere browser.",
  errors: "Niet alles is goed ingevuld:",
  source: "Bron",
  more: "Meer uitleg",
  caveat: "Let op",
  toField: "Naar de vraag",
};
const SLOW_AFTER_MS = 15000;
const CONTROLS = "input, textarea";   // the controls a question can have

// ---- rendering helpers (text only: user input and results are never inserted as HTML) ----
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

function setStatus(root, status, text) {
  root.dataset.status = status;
  const line = root.querySelector("[data-role=status]");
  if (line && text != null) line.textContent = text;
  line?.classList.toggle("rekenhulp__status--fout", status === "error");
}

function values(form, questions) {
  const data = new FormData(form);
  const out = {};
  for (const q of questions) {
    const all = data.getAll(q.id).map(String).filter((v) => v !== "");
    if (q.type === "multi") { if (all.length) out[q.id] = all; } else if (all.length) out[q.id] = all[0];
  }
  return out;
}

function applies(q, answers) {
  return Object.entries(q.when).every(([key, allowed]) => {
    const answer = answers[key];
    return Array.isArray(answer) ? answer.some((a) => allowed.includes(a)) : allowed.includes(answer);
  });
}

function refresh(form, questions) {
  // Until nothing changes: a question that appears with an answer already chosen (its default) can
  // make the next one apply.
  for (let changed = true, pass = 0; changed && pass <= questions.length; pass++) {
    const answers = values(form, questions);
    changed = false;
    for (const q of questions) {
      const visible = applies(q, answers);
      const wrapper = form.querySelector(`[data-veld="${q.id}"]`);
      changed ||= wrapper.hidden === visible;
      wrapper.hidden = !visible;
      wrapper.querySelectorAll(CONTROLS).forEach((input) => { input.disabled = !visible; });
    }
  }
}

// The question as the page asks it (from the questions the build wrote into the page), for the
// error summary, instead of the same message three times.
function questionLabel(root, field) {
  const script = root.querySelector("script[data-role=questions]");
  try {
    return JSON.parse(script.textContent).result.questions.find((q) => q.id === field)?.label || "";
  } catch {
    return "";
  }
}

// A summary link takes the visitor to the question: its label or legend in view, the field focused
// (the checked option of a choice, else the first). GOV.UK's error summary pattern.
function goToField(wrapper) {
  const inputs = [...wrapper.querySelectorAll(CONTROLS)];
  const input = inputs.find((i) => i.checked) || inputs[0];
  (wrapper.querySelector("legend") || wrapper.querySelector("label") || input).scrollIntoView({ block: "center" });
  input.focus({ preventScroll: true });
}

function showErrors(root, form, errors) {
  form.querySelectorAll(".veld__fout").forEach((p) => { p.hidden = true; p.textContent = ""; });
  form.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  const summary = form.querySelector("[data-role=errors]");
  summary.replaceChildren();
  summary.hidden = !errors.length;
  if (!errors.length) return;
  const list = el("ul");
  for (const error of errors) {
    const wrapper = error.field && form.querySelector(`[data-veld="${error.field}"]:not([hidden])`);
    if (wrapper) {
      const p = wrapper.querySelector(".veld__fout");
      p.textContent = error.message;
      p.hidden = false;
      wrapper.querySelectorAll(CONTROLS).forEach((i) => i.setAttribute("aria-invalid", "true"));
      const label = questionLabel(root, error.field);
      // "Wat is uw geboortedatum? Vul deze vraag in." (a label without a question mark gets a colon)
      const text = label ? `${label}${/[?.!:]$/.test(label) ? "" : ":"} ${error.message}` : error.message;
      const link = el("a", { href: `#${wrapper.querySelector(CONTROLS).id}`, text });
      link.addEventListener("click", (event) => { event.preventDefault(); goToField(wrapper); });
      list.append(el("li", {}, link));
    } else {
      list.append(el("li", { text: error.message }));
    }
  }
  summary.append(el("p", { text: TEXT.errors }), list);
  summary.focus();
}

function link(item) {
  const href = new URL(item.url, SITE_ROOT).href;
  return el("a", { href, text: item.titel });
}

// An item may name the question that fixes it (`veld`): link to that question's control.
function fieldLink(target, field) {
  const control = target.closest("[data-calculator]")?.querySelector(`[data-veld="${CSS.escape(field)}"] :is(${CONTROLS})`);
  return control && el("a", { href: `#${control.id}`, class: "rekenhulp__naar", text: TEXT.toField });
}

function renderResult(target, weergave) {
  const parts = [el("h2", { class: "rekenhulp__kop", text: weergave.kop })];
  for (const line of weergave.regels || []) parts.push(el("p", { text: line }));
  for (const block of weergave.blokken || []) {
    const list = el("ul");
    for (const item of block.items) {
      const li = el("li", {}, el("span", { text: item.tekst }));
      if (item.bron) li.append(" ", el("span", { class: "rekenhulp__bron" }, `${TEXT.source}: `, link(item.bron)));
      if (item.link) li.append(" ", el("span", { class: "rekenhulp__meer" }, `${TEXT.more}: `, link(item.link)));
      if (item.veld) li.append(" ", fieldLink(target, item.veld) || "");
      list.append(li);
    }
    parts.push(el("h3", { text: block.kop }), list);
  }
  for (const file of weergave.downloads || []) {
    const href = URL.createObjectURL(new Blob([file.inhoud], { type: file.mime }));
    parts.push(el("p", {}, el("a", { href, download: file.bestandsnaam, class: "md-button", text: file.label })));
  }
  if (weergave.voorbehoud) parts.push(el("p", { class: "rekenhulp__voorbehoud" }, el("strong", { text: `${TEXT.caveat}: ` }), weergave.voorbehoud));
  target.replaceChildren(...parts);
  target.hidden = false;
}

// Same build, same Python: only a default that depends on the day (the month asked about) can
// differ from the questions in the page. Take the runtime's where the visitor left the field as it was.
function takeDefaults(form, questions, answer) {
  if (!answer.ok) throw new Error(answer.errors.map((e) => e.message).join(" "));
  for (const q of answer.result.questions) {
    const old = questions.find((o) => o.id === q.id);
    const input = form.querySelector(`input[name="${q.id}"]:not([type=radio]):not([type=checkbox])`);
    if (!old || old.default === q.default) continue;
    if (input && input.value === (old.default ?? "")) input.value = q.default ?? "";
    old.default = q.default;
  }
  // The notice above the form follows the same day ("Het bedrag voor 2027 kennen wij nog niet…").
  const note = form.parentElement.querySelector("[data-role=melding]");
  if (note) { note.textContent = answer.result.melding || ""; note.hidden = !answer.result.melding; }
}

// The answers in location.hash (see the top of this file) put into the form's controls.
function prefill(form, questions) {
  let answers;
  try { answers = new URLSearchParams(location.hash.slice(1)); } catch { return; }
  for (const q of questions) {
    const given = answers.getAll(q.id).filter((v) => v !== "");
    if (!given.length) continue;
    for (const control of form.querySelectorAll(`[data-veld="${CSS.escape(q.id)}"] :is(${CONTROLS})`)) {
      if (control.type === "radio" || control.type === "checkbox") control.checked = given.includes(control.value);
      else control.value = given[0];
    }
  }
}

// ---- one calculator root ----
// The build wrote the form and its questions into the page (wegwijzer_build/markers/formulier.py), so
// a visitor can answer while the runtime loads; a submit before then runs as soon as it is ready.
async function mount(root) {
  if (root.dataset.status !== "idle") return;
  const calc = root.dataset.calculator;
  const gemeente = JSON.parse(root.dataset.gemeente || "{}");
  const form = root.querySelector("[data-role=form]");
  const result = root.querySelector("[data-role=result]");
  const questions = JSON.parse(root.querySelector("script[data-role=questions]").textContent).result.questions;
  let queued = false;
  setStatus(root, "loading", TEXT.early);
  const slow = setTimeout(() => root.dataset.status === "loading" && setStatus(root, "loading", TEXT.slow), SLOW_AFTER_MS);
  // Asked now, answered once the runtime is ready; every calculation waits for it.
  const current = run(root, { calculator: calc, action: "questions", input: { gemeente } })
    .then((answer) => takeDefaults(form, questions, answer));
  current.catch(() => {});

  function fail(error) {
    setStatus(root, "error", TEXT.failed);
    root.dataset.error = String(error.message || error);
  }

  prefill(form, questions);
  refresh(form, questions);
  form.addEventListener("change", () => refresh(form, questions));
  form.addEventListener("click", (event) => {   // "Wis dit antwoord" under an optional choice
    const fieldset = event.target.closest(".veld__wis")?.closest("fieldset");
    if (!fieldset) return;
    fieldset.querySelectorAll("input").forEach((i) => { i.checked = false; });
    fieldset.dispatchEvent(new Event("change", { bubbles: true }));
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (root.dataset.status === "loading") {
      queued = true;
      setStatus(root, "loading", TEXT.queued);
      return;
    }
    if (root.dataset.status !== "ready") return;
    setStatus(root, "busy", TEXT.busy);
    try {
      await current;
      const input = { ...values(form, questions) };
      if (Object.keys(gemeente).length && !("gemeente" in input)) input.gemeente = gemeente;   // a typed answer wins
      const answer = await run(root, { calculator: calc, action: "calculate", input });
      if (answer.ok) {
        showErrors(root, form, []);
        renderResult(result, answer.result.weergave);
        setStatus(root, "ready", "");
        root.dispatchEvent(new CustomEvent("rekenhulp:result", { bubbles: true, detail: {
          calculator: calc, input, result: answer.result, run: (request) => run(root, request) } }));
        result.focus();
      } else {
        result.hidden = true;
        setStatus(root, "ready", "");
        showErrors(root, form, answer.errors);
      }
    } catch (error) {
      fail(error);
    }
  });
  form.querySelector("button[type=submit]").disabled = false;   // disabled in the HTML: no script, no sending

  try {
    await startWorker(runtimeOf(root));
  } catch (error) {
    fail(error);
    form.hidden = true;   // a form that cannot answer only misleads; the page's tables still help
    return;
  } finally {
    clearTimeout(slow);
  }
  setStatus(root, "ready", queued ? "" : TEXT.ready);
  if (queued) setTimeout(() => form.requestSubmit());   // a task later: `ready` is seen first
}

function mountAll() {
  document.querySelectorAll("[data-calculator]").forEach(mount);
}

// On a calculator page this module is also loaded `async` from <head> (overrides/main.html), so
// the runtime starts while the page is still loading instead of after Material's scripts.
const meta = (name) => document.querySelector(`meta[name=${name}]`)?.content || null;
if (meta("rekenhulp-wheel")) {
  startWorker({ wheel: meta("rekenhulp-wheel"), stdlib: meta("rekenhulp-stdlib"), snapshot: meta("rekenhulp-snapshot") });
}

// With navigation.instant, Material swaps pages without reloading: then mount on every page it
// shows. Its (deferred) bundle has defined document$ by DOMContentLoaded.
function start() {
  if (window.document$) window.document$.subscribe(mountAll);
  else mountAll();
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
