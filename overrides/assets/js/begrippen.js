// Glossary terms: each <abbr title> in the article (docs/includes/begrippen.md, explained where it
// first appears) shows its explanation on tap, click, hover and keyboard focus, on phones as on
// desktops, and hides on Escape, a tap elsewhere or leaving the term (WCAG 1.4.13: dismissable,
// hoverable, persistent). Material's own tooltip appears on hover and focus only, cannot be closed with
// Escape and a term cannot get focus, so we take the terms over from it: this module runs before
// DOMContentLoaded, when Material mounts its tooltips on every [title], and moves the title away.
// A term inside a checklist item (checklists.js puts the text in the checkbox's label) explains
// itself and never ticks the box.
const ID = "begrip-uitleg";
const HIDE_AFTER_MS = 300;   // time to move the pointer from the term onto the explanation

let tip = null;
let current = null;
let hideTimer = 0;

// Screen readers keep the explanation as the term's description, also when it is not shown:
// one hidden node per explanation, outside the article (Lees voor reads the article only).
function descriptions() {
  let box = document.getElementById(`${ID}-teksten`);
  if (!box) {
    box = document.createElement("div");
    box.id = `${ID}-teksten`;
    box.hidden = true;
    document.body.append(box);
  }
  return box;
}

function prepare(root = document) {
  const terms = [...root.querySelectorAll("article abbr[title]")];
  if (!terms.length) return;
  const box = descriptions();
  const ids = new Map([...box.children].map((node) => [node.textContent, node.id]));
  for (const abbr of terms) {
    const text = abbr.title.trim();
    abbr.removeAttribute("title");
    if (!text) continue;
    if (!ids.has(text)) {
      const node = document.createElement("span");
      node.id = `${ID}-${ids.size + 1}`;
      node.textContent = text;
      box.append(node);
      ids.set(text, node.id);
    }
    abbr.dataset.uitleg = text;
    abbr.setAttribute("aria-describedby", ids.get(text));
    abbr.tabIndex = 0;
    abbr.classList.add("begrip");
  }
}

function tooltip() {
  if (!tip) {
    tip = document.createElement("div");
    tip.id = ID;
    tip.className = "begrip-uitleg";
    tip.setAttribute("aria-hidden", "true");   // the term's description already says it
    tip.hidden = true;
    tip.addEventListener("pointerenter", () => clearTimeout(hideTimer));
    tip.addEventListener("pointerleave", (event) => { if (event.pointerType === "mouse") hideSoon(); });
    document.body.append(tip);
  }
  return tip;
}

// Below the term (above it when there is more room there), never past the screen's edges.
function place(abbr) {
  const margin = 8;
  const rect = abbr.getClientRects()[0] || abbr.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  tip.style.maxWidth = `${Math.max(0, width - 2 * margin)}px`;
  const { width: w, height: h } = tip.getBoundingClientRect();
  const left = Math.min(Math.max(margin, rect.left + rect.width / 2 - w / 2), width - margin - w);
  const below = window.innerHeight - rect.bottom;
  const top = below < h + margin && rect.top > below ? rect.top - h - margin : rect.bottom + margin;
  tip.style.left = `${Math.max(margin, left) + window.scrollX}px`;
  tip.style.top = `${Math.max(0, top + window.scrollY)}px`;
  tip.classList.toggle("begrip-uitleg--boven", top < rect.top);
}

function show(abbr) {
  clearTimeout(hideTimer);
  const node = tooltip();
  if (current && current !== abbr) current.classList.remove("begrip--open");
  current = abbr;
  abbr.classList.add("begrip--open");
  node.textContent = abbr.dataset.uitleg;
  node.hidden = false;
  place(abbr);
}

function hide() {
  clearTimeout(hideTimer);
  if (tip) tip.hidden = true;
  current?.classList.remove("begrip--open");
  current = null;
}

function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_AFTER_MS);
}

const termOf = (target) => (target instanceof Element ? target.closest("abbr[data-uitleg]") : null);

function listen() {
  document.addEventListener("click", (event) => {
    const abbr = termOf(event.target);
    if (!abbr) return;
    // In a <label> (a checklist item) the click would tick the box: explain, don't tick.
    if (abbr.closest("label")) event.preventDefault();
    show(abbr);
  });
  document.addEventListener("focusin", (event) => { const abbr = termOf(event.target); if (abbr) show(abbr); });
  document.addEventListener("focusout", (event) => { if (termOf(event.target) === current) hideSoon(); });
  document.addEventListener("pointerover", (event) => {
    const abbr = termOf(event.target);
    if (abbr && event.pointerType === "mouse") show(abbr);
  });
  document.addEventListener("pointerout", (event) => {
    const abbr = termOf(event.target);
    if (abbr && abbr === current && event.pointerType === "mouse" && !abbr.contains(event.relatedTarget)
        && document.activeElement !== abbr) hideSoon();
  });
  // A tap or click anywhere else closes it.
  document.addEventListener("pointerdown", (event) => {
    if (current && !termOf(event.target) && !tip?.contains(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && current) hide(); });
  window.addEventListener("resize", () => { if (current) place(current); });
}

prepare();
listen();
// Pages that arrive later (Material's instant navigation, if it is ever switched on) get the same.
if (window.document$) window.document$.subscribe(() => { hide(); prepare(); });
