// "Lees voor": reads the article aloud with the browser's own speech synthesis (Web Speech API),
// in a Dutch voice when the device has one. Nothing is sent anywhere and no outside service is
// used: the voices belong to the browser or the operating system. The button is in the page
// (overrides/main.html); this module wires it. Without speech synthesis, or without any voice,
// the button says so in the page instead of doing nothing.
//
// Read: the article's visible text, block by block (headings, paragraphs, list items, table cells
// with their column's header). Skipped: the controls, code, glossary explanations (they are outside
// the article), hidden elements and forms. Chromium stops an utterance after about 15 seconds, so
// each block is spoken in pieces of at most one or two sentences.
const LANG = "nl-NL";
const MAX_CHARS = 220;
const VOICE_WAIT_MS = 1500;   // voices load after the page in Chromium ("voiceschanged")
const TEXT = {
  noSynthesis: "Voorlezen werkt niet in deze browser. Probeer een andere browser, of gebruik de " +
    "voorleesfunctie van uw telefoon of computer.",
  noVoice: "Uw browser heeft geen stem om voor te lezen. Voeg een Nederlandse stem toe in de " +
    "instellingen van uw telefoon of computer. Of gebruik de voorleesfunctie van uw apparaat.",
  otherVoice: "Op dit apparaat is geen Nederlandse stem. De tekst wordt voorgelezen met een andere " +
    "stem. Een Nederlandse stem kunt u toevoegen in de instellingen van uw apparaat.",
  failed: "Voorlezen lukt nu niet. Probeer het nog eens.",
  pause: "Pauzeer",
  resume: "Ga verder",
  stop: "Stop met voorlezen",
};
const SKIP = "script, style, noscript, template, svg, pre, code, kbd, button, input, select, textarea, " +
  "form, [hidden], [aria-hidden=true], .headerlink, [data-leesvoor], .checklist-bediening, " +
  ".plan-bouwer__bediening, .md-source-file, .md-content__button";
const BLOCK = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, summary, figcaption, caption, blockquote, label, legend";
const CURRENT = "leesvoor--nu";

// ---- the text: [{el, text}] in reading order ----
function visible(el) {
  return typeof el.checkVisibility === "function"
    ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
}

function blocks(article) {
  const out = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.data.trim() || parent.closest(SKIP) || !visible(parent)) continue;
    const el = parent.closest(BLOCK) || article;
    const last = out[out.length - 1];
    if (last && last.el === el) last.text += node.data;
    else out.push({ el, text: node.data });
  }
  return out.map(({ el, text }) => {
    const clean = text.replace(/\s+/g, " ").trim();
    // A table cell says which column it is in ("Wet: artikel 2.3.2"), as the stacked table shows it.
    const label = el.matches("td") && el.dataset.label;
    return { el, text: label ? `${label}: ${clean}` : clean };
  }).filter(({ el, text }) => text && !(el.matches("th") && el.closest("table")?.querySelector("td[data-label]")));
}

// Sentences, joined up to MAX_CHARS; a longer sentence is cut at a comma or a space.
function pieces(text) {
  // A sentence ends at . ! ? … before a space or the end ("artikel 2.3.2" is one sentence).
  const sentences = text.match(/.+?(?:[.!?…]+["')»”]*(?=\s|$)|$)\s*/gs) || [text];
  const out = [];
  let buffer = "";
  const push = (s) => { if (s.trim()) out.push(s.trim()); };
  for (let sentence of sentences) {
    while (sentence.length > MAX_CHARS) {
      const cut = Math.max(sentence.lastIndexOf(", ", MAX_CHARS), sentence.lastIndexOf(" ", MAX_CHARS));
      const at = cut > MAX_CHARS / 3 ? cut + 1 : MAX_CHARS;
      push(buffer);
      buffer = "";
      push(sentence.slice(0, at));
      sentence = sentence.slice(at);
    }
    if ((buffer + sentence).length > MAX_CHARS) { push(buffer); buffer = ""; }
    buffer += sentence;
  }
  push(buffer);
  return out;
}

// ---- voices ----
function voices(synth) {
  const now = synth.getVoices() || [];
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); synth.removeEventListener?.("voiceschanged", done); resolve(synth.getVoices() || []); };
    const timer = setTimeout(done, VOICE_WAIT_MS);
    synth.addEventListener?.("voiceschanged", done);
  });
}

function dutch(list) {
  const nl = list.filter((v) => /^nl([-_]|$)/i.test(v.lang || ""));
  return nl.find((v) => /^nl[-_]NL$/i.test(v.lang) && v.localService) || nl.find((v) => /^nl[-_]NL$/i.test(v.lang))
    || nl.find((v) => v.localService) || nl[0] || null;
}

// ---- one reader per page ----
function mount(root) {
  if (root.dataset.leesvoorKlaar) return;
  root.dataset.leesvoorKlaar = "ja";
  const article = root.closest("article");
  const start = root.querySelector("[data-leesvoor-start]");
  const message = root.querySelector("[data-leesvoor-melding]");
  const button = (text) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.textContent = text;
    b.hidden = true;
    return b;
  };
  const pause = button(TEXT.pause);
  const stop = button(TEXT.stop);
  start.after(pause, stop);

  let run = 0;          // a new run makes the callbacks of an older one harmless
  let queue = [];
  let paused = false;
  let marked = null;
  const say = (text) => { message.textContent = text; };
  const mark = (el) => {
    marked?.classList.remove(CURRENT);
    marked = el;
    if (!el) return;
    el.classList.add(CURRENT);
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: "center" });
  };
  const reading = (on) => {
    const hadFocus = root.contains(document.activeElement);
    start.hidden = on;
    pause.hidden = stop.hidden = !on;
    paused = false;
    pause.textContent = TEXT.pause;
    if (hadFocus) (on ? pause : start).focus();
  };
  const finish = () => {
    run += 1;
    queue = [];
    mark(null);
    reading(false);
  };

  function next(synth, voice, id) {
    if (id !== run) return;
    const item = queue.shift();
    if (!item) { finish(); return; }
    mark(item.el);
    const utterance = new window.SpeechSynthesisUtterance(item.text);
    utterance.lang = LANG;
    if (voice) utterance.voice = voice;
    utterance.onend = () => next(synth, voice, id);
    utterance.onerror = (event) => {
      if (id !== run) return;
      if (["interrupted", "canceled"].includes(event.error)) return;
      finish();
      say(TEXT.failed);
    };
    synth.speak(utterance);
  }

  start.addEventListener("click", async () => {
    const synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") { say(TEXT.noSynthesis); return; }
    say("");
    const list = await voices(synth);
    if (!list.length) { say(TEXT.noVoice); return; }
    const voice = dutch(list);
    if (!voice) say(TEXT.otherVoice);
    synth.cancel();
    synth.resume();
    run += 1;
    queue = blocks(article).flatMap(({ el, text }) => pieces(text).map((t) => ({ el, text: t })));
    reading(true);
    next(synth, voice, run);
  });
  pause.addEventListener("click", () => {
    paused = !paused;
    if (paused) window.speechSynthesis.pause();
    else window.speechSynthesis.resume();
    pause.textContent = paused ? TEXT.resume : TEXT.pause;
  });
  const silence = () => {
    finish();
    const synth = window.speechSynthesis;
    synth.cancel();
    synth.resume();   // Chromium stays paused after cancel(), and would not speak the next time
  };
  stop.addEventListener("click", silence);
  // Leaving the page stops the voice (some browsers keep speaking otherwise).
  window.addEventListener("pagehide", () => { if (!start.hidden) silence(); });
}

function init() {
  document.querySelectorAll("[data-leesvoor]").forEach(mount);
}

if (window.document$) window.document$.subscribe(init);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
