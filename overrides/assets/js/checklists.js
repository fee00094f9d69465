// Checklists: Markdown task lists inside [data-checklist="<naam>"] become labelled, printable checklists.
// Ticks stay on this device only when the visitor turns "Onthoud" on (off by default): one
// localStorage key per checklist, "wmo-wegwijzer:checklist:<naam>" (opslag.js). Pages without the markup: no-op.
import { PREFIX as SITE, opslag } from "./opslag.js";

const PREFIX = `${SITE}checklist:`;
const BLOCKS = new Set(["UL", "OL", "P", "DIV", "TABLE", "BLOCKQUOTE", "PRE", "DL"]);
const TEXT = {
  remember: "Onthoud mijn vinkjes op dit apparaat",
  rememberHelp: "Staat dit uit? Dan zijn uw vinkjes weg als u de pagina sluit. Staat dit aan? " +
    "Dan bewaart uw browser ze alleen op dit apparaat. Er gaat niets naar internet.",
  print: "Print deze lijst",
  clear: "Wis mijn vinkjes",
  on: "Uw vinkjes worden nu op dit apparaat bewaard.",
  off: "Uw vinkjes worden niet meer bewaard. Wat bewaard was, is gewist.",
  cleared: "Alle vinkjes zijn gewist, ook op de andere controlelijsten. Er staat niets meer op dit apparaat.",
  restored: "Uw bewaarde vinkjes staan weer aan.",
  blocked: "Bewaren lukt niet: uw browser staat het niet toe of de opslag is vol. Wat eerder bewaard was, is " +
    "gewist. Uw vinkjes blijven alleen staan tot u de pagina sluit.",
  stuck: "Bewaren lukt niet: uw browser staat het niet toe of de opslag is vol. Wis de gegevens van deze " +
    "site in de instellingen van uw browser.",
};

// ---- storage: every call may fail (private mode, blocked or full storage) ----
const store = {
  get: (key) => opslag.get(key),
  set: (key, value) => opslag.set(key, value),
  remove: (key) => opslag.remove(key),
  ownKeys: () => opslag.keys(PREFIX),
};

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

// Material renders <label class="task-list-control"><input><span class="task-list-indicator"></label> text.
// The label is empty, so the checkbox has no name. Move the item's inline text into that label:
// the checkbox is then named by its own text, and clicking the text ticks the box too.
function labelItem(control) {
  if (control.querySelector(".checklist__tekst")) return;
  const text = el("span", { class: "checklist__tekst" });
  let node = control.nextSibling;
  while (node && !(node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.nodeName))) {
    const next = node.nextSibling;
    text.append(node);
    node = next;
  }
  control.append(text);
}

// A stable id per item: its text, so ticks survive small edits elsewhere on the page.
function items(root) {
  const seen = new Map();
  return [...root.querySelectorAll(".task-list-control")].map((control) => {
    const box = control.querySelector("input[type=checkbox]");
    let id = (control.textContent || "").trim().toLowerCase().replace(/\s+/g, " ").slice(0, 80);
    const n = (seen.get(id) || 0) + 1;
    seen.set(id, n);
    if (n > 1) id += `#${n}`;
    return { id, box };
  }).filter((item) => item.box);
}

function load(key) {
  try {
    const data = JSON.parse(store.get(key));
    return data && Array.isArray(data.aangevinkt) ? new Set(data.aangevinkt) : null;
  } catch { return null; }
}

function toolbar(naam, printLabel = TEXT.print) {
  const id = `checklist-${naam}`;
  const bar = el("div", { class: "checklist-bediening" });
  const toggleRow = el("div", { class: "checklist-bediening__schakelaar" });
  const toggle = el("input", { type: "checkbox", role: "switch", id: `${id}-onthoud`,
    "aria-describedby": `${id}-onthoud-hulp` });
  toggleRow.append(toggle, el("label", { for: toggle.id }, TEXT.remember));
  const help = el("p", { class: "checklist-bediening__hulp", id: `${id}-onthoud-hulp` }, TEXT.rememberHelp);
  const buttons = el("div", { class: "checklist-bediening__knoppen" });
  const print = el("button", { type: "button", class: "md-button md-button--primary" }, printLabel);
  const clear = el("button", { type: "button", class: "md-button" }, TEXT.clear);
  buttons.append(print, clear);
  const status = el("p", { class: "checklist-bediening__status", role: "status" });
  bar.append(toggleRow, help, buttons, status);
  return { bar, toggle, print, clear, status };
}

function enhance(root) {
  if (root.dataset.checklistKlaar) return;
  root.dataset.checklistKlaar = "ja";
  const naam = (root.dataset.checklist || location.pathname).replace(/[^a-z0-9-]+/gi, "-");
  const key = PREFIX + naam;
  root.querySelectorAll(".task-list-control").forEach(labelItem);
  const list = items(root);
  const ui = toolbar(naam, root.dataset.printknop);   // a page may name its print button
  root.before(ui.bar);

  const say = (message) => { ui.status.textContent = message; };
  const save = () => {
    const ticked = list.filter((item) => item.box.checked).map((item) => item.id);
    if (!store.set(key, JSON.stringify({ v: 1, aangevinkt: ticked }))) {
      // Storage full or blocked: older ticks must not come back after a reload.
      ui.toggle.checked = false;
      say(store.remove(key) ? TEXT.blocked : TEXT.stuck);
    }
  };

  // Start from stored ticks, or from the page's own defaults (also undoes any browser form restore).
  const saved = load(key);
  for (const item of list) item.box.checked = saved ? saved.has(item.id) : item.box.defaultChecked;
  ui.toggle.checked = Boolean(saved);
  if (saved && saved.size) say(TEXT.restored);

  root.addEventListener("change", (event) => {
    if (event.target.matches(".task-list-control input") && ui.toggle.checked) save();
  });
  ui.toggle.addEventListener("change", () => {
    if (ui.toggle.checked) {
      save();
      if (ui.toggle.checked) say(TEXT.on);
    } else {
      store.remove(key);
      say(TEXT.off);
    }
  });
  ui.clear.addEventListener("click", () => {
    for (const item of list) item.box.checked = false;
    for (const own of store.ownKeys()) store.remove(own);
    ui.toggle.checked = false;
    say(TEXT.cleared);
  });
  ui.print.addEventListener("click", () => window.print());
}

function init() {
  document.querySelectorAll("[data-checklist]").forEach(enhance);
}

if (window.document$) window.document$.subscribe(init);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
