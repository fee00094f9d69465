// Mijn aanvraag: the resident's own case, on this device only. Enhances [data-dossier], whose form
// the build wrote (wegwijzer_build/markers/dossier.py).
//
// No date rule lives here. Deadlines, the first day a step is possible (`mogelijk_vanaf`) and the
// agenda file come from the termijnen calculator through the worker (rekenhulp-client.js); this
// module only compares ISO dates with today and chooses what to show. The worker, and so Pyodide,
// starts at the first date entered, file opened or stored case restored; before that, nothing loads.
//
// Storage: nothing unless the resident ticks `bewaren`. Then one localStorage key,
// "wmo-wegwijzer:dossier" (the site's prefix, opslag.js: the privacy page's delete removes it too),
// holding the same JSON as the file. Unticking, "Wis alles" and a failed save remove it.
import { PREFIX, opslag } from "./opslag.js";
import { run } from "./rekenhulp-client.js";

const KEY = `${PREFIX}dossier`;
const SOORT = "wmo-wegwijzer-dossier";
const VERSIE = 1;
const MAX_BYTES = 100 * 1024;
const KENMERK_MAX = 60;           // as in wegwijzer_build/markers/dossier.py
const JAREN = [2000, 2099];       // a sensible date; which years the law covers, the calculator says
const DATUMS = ["melding", "gesprek", "verslag", "aanvraag", "besluit", "ingebrekestelling"];
const UITKOMSTEN = ["toegekend", "deels", "afgewezen"];
const VELDEN = [...DATUMS, "uitkomst", "kenmerk"];
const GEBEURTENISSEN = ["melding", "aanvraag", "besluit", "ingebrekestelling"];   // termijnen counts from these
const SITE_ROOT = new URL("../../", import.meta.url);
const WACHT_MS = 250;

const NAAM = {
  melding: "de melding", gesprek: "het gesprek", verslag: "het verslag", aanvraag: "de aanvraag",
  besluit: "het besluit", ingebrekestelling: "de ingebrekestelling", uitkomst: "wat de gemeente besliste",
  kenmerk: "het kenmerk",
};
const GEBEURD = {
  melding: "De gemeente kreeg uw melding.",
  gesprek: "U had het gesprek met de gemeente.",
  verslag: "U kreeg het verslag van het onderzoek.",
  aanvraag: "De gemeente kreeg uw aanvraag.",
  besluit: "De datum van het besluit.",
  ingebrekestelling: "De gemeente kreeg uw ingebrekestelling.",
};
const UITKOMST = {
  toegekend: "U krijgt de hulp die u vroeg.", deels: "U krijgt een deel van de hulp.",
  afgewezen: "U krijgt de hulp niet.",
};
const LABEL = {
  gebeurd: "Gebeurd", voorbij: "Voorbij", vandaag: "Vandaag", komt: "Komt nog", afgerond: "Afgerond", kan: "Kan nu",
};
const WIE = { u: "Voor u", gemeente: "Voor de gemeente", mogelijk: "U mag" };
const TEXT = {
  vandaag: "Vandaag",
  bron: "Bron",
  laden: "De datums worden berekend. De eerste keer duurt dat een paar seconden.",
  klaar: "Uw tijdlijn is bijgewerkt.",
  mislukt: "De datums konden niet worden berekend. Uw gegevens zijn niet verstuurd. Probeer het later " +
    "nog eens. De termijnen staan ook op de pagina Termijnen.",
  teruggezet: "Uw bewaarde datums staan er weer.",
  onleesbaarBewaard: "Wat in deze browser bewaard was, kon niet worden gelezen. Het is gewist.",
  bewaarAan: "Uw datums worden nu in deze browser bewaard. Wis ze met de knop Wis alles.",
  bewaarUit: "Uw datums worden niet meer bewaard. Wat bewaard was, is gewist. Uw datums staan nog op het scherm.",
  bewaarMislukt: "Bewaren lukte niet. Uw browser heeft geen ruimte of staat het niet toe. Bewaren staat " +
    "weer uit, en wat bewaard was, is gewist. Uw datums staan nog op het scherm. Wilt u ze houden? " +
    "Bewaar ze dan als bestand.",
  bewaarVast: "Bewaren lukte niet, en wat eerder bewaard was, kon niet worden gewist. Wis de gegevens van deze " +
    "site in de instellingen van uw browser.",
  gewist: "Alles is gewist. Er staat niets meer van deze pagina in uw browser.",
  niets: "Er is nog niets om te bewaren. Vul eerst een datum in.",
  bestandKlaar: "Het bestand staat bij uw downloads. Er staat alleen in wat u hier invulde. Er zit geen " +
    "wachtwoord op: bewaar het zoals u een brief bewaart.",
  geopend: "Het bestand is geopend. Uw datums staan weer in het formulier.",
  nietGeopend: "Dit bestand kan niet worden geopend. Er is niets veranderd.",
  agendaLeeg: "Vul eerst een datum in. Dan komen de datums die nog komen in uw agenda.",
  agendaGeen: "Er komen geen datums meer. Er is dus niets voor uw agenda.",
  agendaKlaar: "Het agendabestand staat bij uw downloads. Open het, dan komen de datums in uw agenda.",
  agendaMislukt: "Het agendabestand kon niet worden gemaakt. Probeer het later nog eens.",
  onvolledig: "Vul de hele datum in: dag, maand en jaar.",
  buitenJaren: `Vul een datum in tussen ${JAREN[0]} en ${JAREN[1]}.`,
};

// ---- small helpers (text only: what the resident typed is never inserted as HTML) ----
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c != null && c !== ""));
  return node;
}

const pad = (n) => String(n).padStart(2, "0");
function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// A real calendar day in YYYY-MM-DD within JAREN (2026-02-30 is not).
function isDatum(value) {
  const m = typeof value === "string" && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return y >= JAREN[0] && y <= JAREN[1] && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 &&
    day.getUTCDate() === d;
}

const LANG = new Intl.DateTimeFormat("nl-NL",
  { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
function datumTekst(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return LANG.format(new Date(Date.UTC(y, m - 1, d)));
}

const isKenmerk = (v) => typeof v === "string" && v.length <= KENMERK_MAX && !/[\u0000-\u001f\u007f]/.test(v);

const store = {
  get: () => opslag.get(KEY),
  set: (value) => opslag.set(KEY, value),
  remove: () => opslag.remove(KEY),   // true when nothing is stored afterwards
};

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: name, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- the case as data: {melding: "2026-11-02", ..., uitkomst, kenmerk}, only what is filled in ----
function alsJson(g) {
  return JSON.stringify({ versie: VERSIE, soort: SOORT, ...g }, null, 2);
}

// Reads a saved case (file or storage). Throws an Error with a Dutch reason that names the field;
// hostile text from the file appears in it only shortened, and only ever as text.
function leesDossier(text) {
  const fout = (reden) => new Error(reden);
  let data;
  try { data = JSON.parse(text); } catch { throw fout("Het is geen bestand van Mijn aanvraag: de inhoud is onleesbaar."); }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw fout("Het is geen bestand van Mijn aanvraag.");
  if (data.soort !== SOORT) throw fout("Het is geen bestand van Mijn aanvraag. Het komt van een ander programma.");
  if (!Number.isInteger(data.versie) || data.versie < 1) throw fout("Het bestand heeft geen geldig versienummer.");
  if (data.versie > VERSIE) {
    throw fout("Het bestand is gemaakt met een nieuwere versie van deze pagina. " +
      "Laad de pagina opnieuw en probeer het nog eens.");
  }
  const g = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "versie" || key === "soort") continue;
    if (!VELDEN.includes(key)) throw fout(`Het bestand heeft een onderdeel dat wij niet kennen: "${key.slice(0, 40)}".`);
    if (DATUMS.includes(key) && !isDatum(value)) {
      throw fout(`De datum van ${NAAM[key]} klopt niet. Een datum ziet eruit als 2026-11-02, ` +
        `tussen ${JAREN[0]} en ${JAREN[1]}.`);
    }
    if (key === "uitkomst" && !UITKOMSTEN.includes(value)) throw fout(`Bij ${NAAM.uitkomst} staat iets wat wij niet kennen.`);
    if (key === "kenmerk" && !isKenmerk(value)) {
      throw fout(`Het kenmerk is te lang of bevat vreemde tekens. Het mag hoogstens ${KENMERK_MAX} tekens hebben.`);
    }
    g[key] = value;
  }
  return g;
}

// ---- one case page ----
function enhance(root) {
  if (root.dataset.dossierKlaar) return;
  root.dataset.dossierKlaar = "ja";
  const form = root.querySelector("[data-role=form]");
  const status = root.querySelector("[data-role=status]");
  const melding = root.querySelector("[data-role=melding]");
  const tijdlijn = root.querySelector("[data-role=tijdlijn]");
  const nu = root.querySelector("[data-role=nu-inhoud]");
  const besluitDeel = root.querySelector("[data-role=besluit]");
  const bewaren = root.querySelector("input[name=bewaren]");
  const bestand = root.querySelector("input[type=file]");
  const antwoorden = new Map();   // "gebeurtenis|datum" -> the calculator's answer (same input, same answer)
  let ronde = 0;                  // the newest update wins
  let laatste = { g: {}, r: {} };
  let timer = null;               // a change waiting to be shown
  let rekent = false;             // an update waiting for the calculator

  const say = (text) => { melding.textContent = text; };
  const setStatus = (state, text) => {
    root.dataset.status = state;
    status.textContent = text;
    status.classList.toggle("dossier__status--fout", state === "error");
  };

  // -- the form --
  const input = (name) => form.querySelector(`[name="${name}"]:not([type=radio])`);
  function lees() {
    const g = {};
    for (const name of DATUMS) if (isDatum(input(name).value)) g[name] = input(name).value;
    const keuze = form.querySelector("input[name=uitkomst]:checked");
    if (keuze && UITKOMSTEN.includes(keuze.value)) g.uitkomst = keuze.value;
    const kenmerk = input("kenmerk").value.trim();
    if (kenmerk && isKenmerk(kenmerk)) g.kenmerk = kenmerk;
    return g;
  }
  function vul(g) {
    for (const name of DATUMS) input(name).value = g[name] || "";
    form.querySelectorAll("input[name=uitkomst]").forEach((r) => { r.checked = r.value === g.uitkomst; });
    input("kenmerk").value = g.kenmerk || "";
    toonBesluit();
  }
  function toonBesluit() {
    besluitDeel.hidden = !input("besluit").value;
  }
  function fout(name, text) {
    const wrapper = form.querySelector(`[data-veld="${name}"]`);
    const p = wrapper.querySelector(".veld__fout");
    p.textContent = text || "";
    p.hidden = !text;
    const control = wrapper.querySelector("input");
    if (text) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }
  // A field's error: an incomplete date, one outside JAREN, or the calculator's word on that date.
  const rekenfout = {};   // name -> {datum, tekst}
  function controleer(name) {
    const field = input(name);
    if (field.validity.badInput) fout(name, TEXT.onvolledig);
    else if (field.value && !isDatum(field.value)) fout(name, TEXT.buitenJaren);
    else fout(name, rekenfout[name]?.datum === field.value ? rekenfout[name].tekst : "");
  }

  // -- storage, only with `bewaren` ticked --
  function bewaar(g) {
    if (!bewaren.checked) return;
    if (!store.set(alsJson(g))) {
      // Storage full or blocked: an older save must not come back after a reload.
      bewaren.checked = false;
      say(store.remove() ? TEXT.bewaarMislukt : TEXT.bewaarVast);
    }
  }

  // -- computing: one termijnen answer per event with a date --
  async function bereken(g) {
    const nodig = GEBEURTENISSEN.filter((k) => g[k]);
    const r = {};
    const nieuw = nodig.filter((k) => !antwoorden.has(`${k}|${g[k]}`));
    if (nieuw.length) setStatus(["idle", "error"].includes(root.dataset.status) ? "loading" : "busy", TEXT.laden);
    await Promise.all(nieuw.map(async (k) => {
      const input = { gebeurtenis: k, datum: g[k] };
      antwoorden.set(`${k}|${g[k]}`, await run(root, { calculator: "termijnen", action: "calculate", input }));
    }));
    for (const k of nodig) r[k] = antwoorden.get(`${k}|${g[k]}`);
    return r;
  }

  // data-wacht marks a change not shown yet (tests wait for it to go, like data-status).
  async function update({ notice } = {}) {
    clearTimeout(timer);
    timer = null;
    const mijn = ++ronde;
    root.dataset.wacht = "";
    DATUMS.forEach(controleer);
    toonBesluit();
    const g = lees();
    bewaar(g);
    let r = {};
    try {
      rekent = true;
      r = await bereken(g);
    } catch (error) {
      if (mijn !== ronde) return;
      root.dataset.error = String(error.message || error);
      setStatus("error", TEXT.mislukt);
      toon(g, {});
      delete root.dataset.wacht;
      return;
    } finally {
      if (mijn === ronde) rekent = false;
    }
    if (mijn !== ronde) return;
    for (const k of GEBEURTENISSEN) {
      const answer = r[k];
      if (answer && !answer.ok) rekenfout[k] = { datum: g[k], tekst: answer.errors.map((e) => e.message).join(" ") };
      else delete rekenfout[k];
      controleer(k);
    }
    toon(g, r);
    if (Object.keys(r).length || root.dataset.status !== "idle") {
      setStatus("ready", notice ? `${notice} ${TEXT.klaar}` : TEXT.klaar);
    } else if (notice) {
      status.textContent = notice;
    }
    delete root.dataset.wacht;
  }
  const later = () => { clearTimeout(timer); root.dataset.wacht = ""; timer = setTimeout(update, WACHT_MS); };

  // Without any date the page shows what the build wrote there (nothing moves at the start).
  const leeg = [nu, tijdlijn].map((part) => [...part.childNodes].map((n) => n.cloneNode(true)));
  function toon(g, r) {
    laatste = { g, r };
    if (!DATUMS.some((k) => g[k])) {
      [nu, tijdlijn].forEach((part, i) => part.replaceChildren(...leeg[i].map((n) => n.cloneNode(true))));
      return;
    }
    const vandaagIso = vandaag();
    tijdlijn.replaceChildren(lijst(tijdlijnItems(g, r, vandaagIso), vandaagIso));
    nu.replaceChildren(...nuTeDoen(g, resultaten(r), vandaagIso));
  }

  // -- the buttons --
  async function agenda() {
    if ("wacht" in root.dataset) await update();   // a date typed just now counts too
    const { g, r } = laatste;
    const vandaagIso = vandaag();
    // Per event the deadlines and steps the timeline shows as open; the calculator leaves out the past.
    const open = (k) => tijdlijnItems(g, { [k]: r[k] }, vandaagIso).filter((i) => i.code && i.status !== "afgerond");
    const gebeurtenissen = GEBEURTENISSEN.filter((k) => g[k] && r[k]?.ok)
      .map((k) => ({ gebeurtenis: k, datum: g[k], codes: open(k).map((i) => i.code) }))
      .filter((e) => e.codes.length);
    if (!GEBEURTENISSEN.some((k) => g[k])) { say(TEXT.agendaLeeg); return; }
    if (!gebeurtenissen.length) { say(TEXT.agendaGeen); return; }
    try {
      const input = { gebeurtenissen, vanaf: vandaagIso, formaat: "ics" };
      const answer = await run(root, { calculator: "termijnen", action: "download", input });
      if (!answer.ok) { say(`${TEXT.agendaMislukt} ${answer.errors.map((e) => e.message).join(" ")}`); return; }
      if (!answer.result.aantal) { say(TEXT.agendaGeen); return; }
      const bytes = Uint8Array.from(atob(answer.result.base64), (c) => c.charCodeAt(0));
      download(answer.result.bestandsnaam, answer.result.mime, bytes);
      say(TEXT.agendaKlaar);
    } catch {
      say(TEXT.agendaMislukt);
    }
  }

  function alsBestand() {
    const g = lees();
    if (!Object.keys(g).length) { say(TEXT.niets); return; }
    download(`mijn-wmo-aanvraag-${vandaag()}.json`, "application/json", `${alsJson(g)}\n`);
    say(TEXT.bestandKlaar);
  }

  async function open() {
    const file = bestand.files && bestand.files[0];
    if (!file) return;
    root.dataset.wacht = "";   // reading the file
    try {
      if (file.size > MAX_BYTES) {
        throw new Error("Het bestand is te groot. Een bestand van Mijn aanvraag is veel kleiner dan 100 kB.");
      }
      const g = leesDossier(await file.text());
      vul(g);
      say(TEXT.geopend);
      update();
    } catch (error) {
      say(`${TEXT.nietGeopend} ${error.message}`);
      if (!timer && !rekent) delete root.dataset.wacht;
    } finally {
      bestand.value = "";   // the same file can be opened again
    }
  }

  function wisAlles() {
    clearTimeout(timer);
    timer = null;
    rekent = false;
    ronde++;
    delete root.dataset.wacht;
    form.reset();
    for (const name of DATUMS) { delete rekenfout[name]; fout(name, ""); }
    toonBesluit();
    bewaren.checked = false;
    store.remove();
    toon({}, {});
    if (root.dataset.status !== "idle") setStatus("ready", "");
    say(TEXT.gewist);
  }

  // -- start: from what the resident chose to keep, else empty (also undoes a browser's form restore) --
  form.reset();
  bewaren.checked = false;
  toonBesluit();
  const bewaard = store.get();
  if (bewaard != null) {
    try {
      vul(leesDossier(bewaard));
      bewaren.checked = true;
      update({ notice: TEXT.teruggezet });
    } catch {
      store.remove();
      say(TEXT.onleesbaarBewaard);
    }
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("focusout", (event) => { if (event.target.type === "date") controleer(event.target.name); });
  bewaren.addEventListener("change", () => {
    if (bewaren.checked) {
      bewaar(lees());
      if (bewaren.checked) say(TEXT.bewaarAan);
    } else {
      store.remove();
      say(TEXT.bewaarUit);
    }
  });
  bestand.addEventListener("change", open);
  root.addEventListener("click", (event) => {
    const actie = event.target.closest("[data-dossier-actie]")?.dataset.dossierActie;
    if (actie === "agenda") agenda();
    else if (actie === "bestand") alsBestand();
    else if (actie === "wis") wisAlles();
    else if (actie === "wis-uitkomst") {
      form.querySelectorAll("input[name=uitkomst]").forEach((r) => { r.checked = false; });
      later();
    }
  });
}

// ---- the timeline: what happened, and every date the calculator gave, with its article ----

// The termijnen answers as {code: item}: deadlines and the first days a step is possible.
function resultaten(r) {
  const out = {};
  for (const answer of Object.values(r)) {
    if (!answer?.ok) continue;
    for (const t of answer.result.termijnen) out[t.code] = t;
    for (const v of answer.result.mogelijk_vanaf || []) {
      out[v.code] = { ...v, einddatum: v.datum, einddatum_tekst: v.datum_tekst };
    }
  }
  return out;
}

// Whether the procedure reached this step or a later one (melding, gesprek, verslag, aanvraag, besluit).
const FASEN = ["melding", "gesprek", "verslag", "aanvraag", "besluit"];
const bereikt = (g, fase) => FASEN.slice(FASEN.indexOf(fase)).some((k) => g[k]);

// A deadline that a later step made moot.
function afgerond(code, g) {
  if (code === "onderzoek") return bereikt(g, "verslag");
  if (code === "beschikking") return Boolean(g.besluit);
  // A besluit after the ingebrekestelling ends the dwangsom (one after it concerns the bezwaar).
  if (code.startsWith("dwangsom_")) return Boolean(g.besluit && g.besluit >= g.ingebrekestelling);
  return false;
}

// A step that is only possible while the gemeente has not acted yet.
function mogelijk(code, g) {
  if (code === "aanvraag_zonder_onderzoek") return !bereikt(g, "verslag");
  if (code === "ingebrekestelling") return !g.besluit && !g.ingebrekestelling;
  if (code === "ingebrekestelling_bezwaar") return g.uitkomst !== "toegekend" && !(g.ingebrekestelling > g.besluit);
  return true;
}

function tijdlijnItems(g, r, vandaagIso) {
  const items = [];
  for (const k of DATUMS) {
    if (!g[k]) continue;
    const extra = k === "besluit" && g.uitkomst ? ` ${UITKOMST[g.uitkomst]}` : "";
    items.push({ datum: g[k], tekst: GEBEURD[k] + extra, status: "gebeurd", wie: null });
  }
  for (const k of GEBEURTENISSEN) {
    const answer = r[k];
    if (!answer?.ok) continue;
    for (const t of answer.result.termijnen) {
      const status = afgerond(t.code, g) ? "afgerond"
        : t.einddatum < vandaagIso ? "voorbij" : t.einddatum === vandaagIso ? "vandaag" : "komt";
      items.push({ code: t.code, datum: t.einddatum, tekst: t.omschrijving, status, wie: t.wie, bron: t.bron });
    }
    for (const v of answer.result.mogelijk_vanaf || []) {
      if (!mogelijk(v.code, g)) continue;
      const status = v.datum <= vandaagIso ? "kan" : "komt";
      items.push({ code: v.code, datum: v.datum, tekst: v.omschrijving, status, wie: "mogelijk", bron: v.bron });
    }
  }
  const volgorde = (i) => (i.status === "gebeurd" ? 0 : 1);
  return items.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : volgorde(a) - volgorde(b)));
}

function lijst(items, vandaagIso) {
  const ol = el("ol", { class: "dossier__lijst" });
  let vandaagGezet = false;
  const markeer = () => {
    vandaagGezet = true;
    ol.append(el("li", { class: "dossier__vandaag", "data-status": "nu" },
      el("p", { class: "dossier__wanneer" }, el("strong", { text: `${TEXT.vandaag}: ${datumTekst(vandaagIso)}` }))));
  };
  for (const item of items) {
    // Today's line comes after what happened up to today, before what is still open today.
    const open = item.datum > vandaagIso || (item.datum === vandaagIso && item.status !== "gebeurd");
    if (!vandaagGezet && open) markeer();
    const label = LABEL[item.status];
    const wie = item.wie ? `${WIE[item.wie]} · ` : "";
    const li = el("li", { class: "dossier__stap", "data-status": item.status, "data-code": item.code || null },
      el("p", { class: "dossier__wanneer" }, el("strong", { text: datumTekst(item.datum) }), " ",
        el("span", { class: "dossier__label", text: `${wie}${label}` })),
      el("p", { class: "dossier__wat", text: item.tekst }));
    if (item.bron) {
      li.append(el("p", { class: "dossier__bron" }, `${TEXT.bron}: `,
        el("a", { href: item.bron.url, text: item.bron.titel })));
    }
    ol.append(li);
  }
  if (!vandaagGezet) markeer();
  return ol;
}

// ---- "Wat kunt u nu doen?": the next step, with the checklist, the plan and the letter for it ----
const pagina = (pad, tekst) => ({ tekst, href: new URL(pad, SITE_ROOT).href });
// The brievenhulp (rekenhulp/brieven/) fills its form from the fragment, keyed by its question ids
// (rekenhulp.js, "Prefill"); a fragment is never sent to a server.
function brief(soort, tekst, velden = {}) {
  const params = new URLSearchParams({ soort });
  for (const [key, value] of Object.entries(velden)) if (value) params.set(key, value);
  return { tekst, href: `${new URL("rekenhulp/brieven/", SITE_ROOT).href}#${params}`, brief: soort };
}
const LINKS = {
  plan: pagina("hulp-vragen/persoonlijk-plan/", "Maak uw persoonlijk plan"),
  gesprek: pagina("checklists/keukentafelgesprek/", "Controlelijst voor het gesprek"),
  aanvraag: pagina("checklists/aanvraag/", "Controlelijst voor de aanvraag"),
  bezwaar: pagina("checklists/bezwaar/", "Controlelijst voor bezwaar"),
  bezwaarUitleg: pagina("besluit/bezwaar-en-beroep/", "Meer over bezwaar en beroep"),
  teLaat: pagina("besluit/niet-tijdig-beslissen/", "Wat u kunt doen als de gemeente te laat is"),
  ondersteuner: pagina("hulp-vragen/clientondersteuning/", "Gratis hulp van een cliëntondersteuner"),
  kosten: pagina("kosten/eigen-bijdrage/", "Wat u betaalt: de eigen bijdrage"),
};

function stap(kop, zinnen, links) {
  return [el("p", { class: "dossier__kop" }, el("strong", { text: kop })),
    ...zinnen.filter(Boolean).map((z) => el("p", { text: z })),
    el("ul", { class: "dossier__links" }, ...links.filter(Boolean).map((l) =>
      el("li", {}, el("a", { href: l.href, text: l.tekst, "data-brief": l.brief || null }))))];
}

function nuTeDoen(g, t, vandaagIso) {
  const op = (code) => t[code]?.einddatum_tekst;
  const nogNiet = (code) => t[code] && vandaagIso <= t[code].einddatum;
  const vanafNu = (code) => t[code] && vandaagIso >= t[code].einddatum;
  const ingebrekeNaBesluit = g.ingebrekestelling && g.besluit && g.ingebrekestelling > g.besluit;
  const besluit = { besluit_datum: g.besluit, besluit_kenmerk: g.kenmerk };

  if (g.besluit && !ingebrekeNaBesluit) {
    if (g.uitkomst === "toegekend") {
      return stap("U krijgt de hulp", [
        "Lees in het besluit wat u krijgt en wanneer het begint.",
        nogNiet("bezwaar") &&
          `Bent u het met een deel niet eens? Dan kunt u bezwaar maken tot en met ${op("bezwaar")}.`,
      ], [LINKS.kosten, nogNiet("bezwaar") && LINKS.bezwaar]);
    }
    if (!t.bezwaar || nogNiet("bezwaar")) {
      return stap(t.bezwaar ? `Maak bezwaar, uiterlijk ${op("bezwaar")}` : "Maak op tijd bezwaar", [
        !g.uitkomst && "Vul hierboven in wat de gemeente besliste.",
        "Bent u het niet eens met het besluit? Schrijf dan een bezwaarbrief aan de gemeente.",
        t.bezwaar && `Uw brief moet uiterlijk ${op("bezwaar")} bij de gemeente zijn. Of op die dag op de post.`,
        "Een cliëntondersteuner kan u gratis helpen.",
      ], [LINKS.bezwaar, brief("bezwaar", "Schrijf uw bezwaarbrief", besluit), LINKS.bezwaarUitleg,
        LINKS.ondersteuner]);
    }
    const teLaat = vanafNu("ingebrekestelling_bezwaar");
    return stap("De termijn voor bezwaar is voorbij", [
      t.beslissing_op_bezwaar &&
        `Heeft u bezwaar gemaakt? Dan moet de gemeente uiterlijk ${op("beslissing_op_bezwaar")} beslissen.`,
      t.beslissing_op_bezwaar_verdaagd &&
        `Neemt zij uitstel? Dan heeft zij tot en met ${op("beslissing_op_bezwaar_verdaagd")}.`,
      teLaat && "Heeft u nog geen beslissing op uw bezwaar? Dan kunt u de gemeente een ingebrekestelling sturen.",
      "Heeft u geen bezwaar gemaakt? Was u te laat door iets waar u niets aan kon doen? Schrijf dat dan in uw bezwaar.",
    ], [LINKS.bezwaarUitleg, teLaat && brief("ingebrekestelling", "Schrijf uw ingebrekestelling",
      { te_laat_met: "bezwaar", besluit_datum_bezwaar: g.besluit }),
      LINKS.teLaat, LINKS.ondersteuner]);
  }
  if (g.ingebrekestelling) {
    return stap("De gemeente moet nu snel beslissen", [
      t.dwangsom_vanaf && `Heeft de gemeente op ${op("dwangsom_vanaf")} nog niet beslist? Dan moet zij u vanaf die ` +
        "dag een dwangsom betalen. Dat geldt als de termijn voor het besluit al voorbij was toen zij uw brief kreeg.",
      t.dwangsom_einde && `De dwangsom loopt op tot en met ${op("dwangsom_einde")}.`,
      "Vanaf de eerste dag van de dwangsom mag u ook naar de rechter. U hoeft dan geen bezwaar te maken.",
    ], [LINKS.teLaat, LINKS.ondersteuner]);
  }
  if (g.aanvraag) {
    if (!t.beschikking || nogNiet("beschikking")) {
      return stap("Wacht op het besluit", [
        t.beschikking && `De gemeente moet uiterlijk ${op("beschikking")} beslissen.`,
        "Vraagt de gemeente u om meer gegevens? Dan staat de klok stil tot u die geeft.",
        "Heeft u het besluit? Vul dan hierboven de datum in.",
      ], [LINKS.teLaat, LINKS.ondersteuner]);
    }
    return stap("De gemeente is te laat met het besluit", [
      `De gemeente had uiterlijk ${op("beschikking")} moeten beslissen.`,
      "Stuur haar een brief dat zij te laat is. Dat heet een ingebrekestelling.",
      "Na die brief heeft de gemeente nog even de tijd. Daarna moet zij u een dwangsom betalen.",
    ], [brief("ingebrekestelling", "Schrijf uw ingebrekestelling", { te_laat_met: "aanvraag", aanvraag_datum: g.aanvraag }),
      LINKS.teLaat, LINKS.ondersteuner]);
  }
  if (g.verslag) {
    return stap("Lees het verslag en doe uw aanvraag", [
      "Lees het verslag goed. Klopt er iets niet, of mist er iets? Laat het de gemeente dan schriftelijk weten.",
      "Doe daarna uw aanvraag. Daarmee vraagt u de hulp officieel aan.",
    ], [LINKS.aanvraag, brief("reactie_verslag", "Schrijf een reactie op het verslag",
      { gesprek_datum: g.gesprek, verslag_datum: g.verslag }),
    brief("aanvraag", "Schrijf uw aanvraag", { onderzoek: "klaar" }), LINKS.ondersteuner]);
  }
  // Only a melding or a gesprek so far.
  if (vanafNu("aanvraag_zonder_onderzoek")) {
    return stap("U mag nu de aanvraag doen", [
      `Het onderzoek had uiterlijk ${op("onderzoek")} klaar moeten zijn. U heeft nog geen verslag.`,
      "Dan mag u de hulp nu al aanvragen. U hoeft niet op het verslag te wachten.",
    ], [LINKS.aanvraag, brief("aanvraag", "Schrijf uw aanvraag", { onderzoek: "te_laat", melding_datum: g.melding }),
      LINKS.ondersteuner]);
  }
  if (g.gesprek) {
    return stap("Wacht op het verslag", [
      "Na het gesprek krijgt u een verslag. Daarin staat wat de gemeente heeft onderzocht.",
      t.onderzoek ? `Het onderzoek moet uiterlijk ${op("onderzoek")} klaar zijn.` : null,
      "Heeft u het verslag? Vul dan hierboven de datum in.",
    ], [LINKS.gesprek, LINKS.ondersteuner]);
  }
  // A melding by phone or at the desk: a letter confirms it and its date.
  const bevestig = brief("melding", "Bevestig uw melding met een brief");
  if (nogNiet("persoonlijk_plan")) {
    return stap(`Schrijf uw persoonlijk plan, uiterlijk ${op("persoonlijk_plan")}`, [
      "In een persoonlijk plan schrijft u zelf op wat u nodig heeft. Dat hoeft niet, maar het helpt.",
      t.onderzoek ? `Bereid ook het gesprek voor. Het onderzoek moet uiterlijk ${op("onderzoek")} klaar zijn.` : null,
    ], [LINKS.plan, LINKS.gesprek, bevestig, LINKS.ondersteuner]);
  }
  return stap("Bereid het gesprek voor", [
    t.onderzoek ? `De gemeente moet het onderzoek uiterlijk ${op("onderzoek")} klaar hebben.` : null,
    "Heeft u al een persoonlijk plan? Neem het mee naar het gesprek.",
    "Was het gesprek al? Vul dan hierboven de datum in.",
  ], [LINKS.gesprek, LINKS.plan, bevestig, LINKS.ondersteuner]);
}

// With navigation.instant, Material swaps pages without reloading: enhance on every page it shows.
function init() {
  document.querySelectorAll("[data-dossier]").forEach(enhance);
}
if (window.document$) window.document$.subscribe(init);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
