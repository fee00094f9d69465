// Brievenhulp: shows the letter of the `brieven` calculator as it will print, with buttons to print
// it, download it (Word, OpenDocument, text) or copy its text. Hooked into rekenhulp.js through its
// documented extension point, the "rekenhulp:result" event; the files come from the same worker
// (`action: "download"`, base64) and become a Blob here. Every text is set with textContent: what a
// visitor typed is never read as HTML. Nothing leaves the device.
const TEXT = {
  kop: "Uw brief, zoals hij wordt geprint",
  hulp: "Controleer de brief. Wilt u iets veranderen? Pas dan het formulier aan en maak de brief opnieuw.",
  print: "Print de brief",
  docx: "Download voor Word (.docx)",
  odt: "Download als OpenDocument (.odt)",
  txt: "Download als tekst (.txt)",
  copy: "Kopieer de tekst",
  busy: "Het bestand wordt gemaakt…",
  downloaded: "De brief is gedownload. U vindt hem bij uw downloads.",
  copied: "De tekst van de brief staat nu op het klembord. Plak hem in een e-mail of document.",
  copyFailed: "Kopiëren lukte niet. Selecteer de tekst van de brief en kopieer hem zelf.",
  failed: "Het bestand kon niet worden gemaakt. Print de brief, of kopieer de tekst.",
};
const FORMATS = ["docx", "odt", "txt"];

function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text != null) node.textContent = text;
  return node;
}

// The letter on paper: one block per line, as in the Word and OpenDocument files.
function paper(tekst) {
  const sheet = el("div", { class: "brief__papier", lang: "nl" });
  for (const line of tekst.split("\n")) sheet.append(el("p", line ? {} : { class: "brief__leeg" }, line));
  return sheet;
}

function saveFile(name, mime, base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = el("a", { href: url, download: name, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copy(tekst) {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    // Older browsers, or no permission: the classic way through a selected, off-screen text area.
    const area = el("textarea", { class: "brief__klembord", "aria-hidden": "true", tabindex: "-1" });
    area.value = tekst;
    document.body.append(area);
    area.select();
    const done = document.execCommand?.("copy") ?? false;
    area.remove();
    return done;
  }
}

function show({ target, input, result, run }) {
  const say = el("p", { class: "brief__status", role: "status" });
  const buttons = el("div", { class: "brief__knoppen" });
  const button = (label, action) => {
    const b = el("button", { type: "button", class: "md-button", "data-brief-action": action }, label);
    buttons.append(b);
    return b;
  };
  button(TEXT.print, "print");
  for (const format of FORMATS) button(TEXT[format], format);
  button(TEXT.copy, "copy");

  buttons.addEventListener("click", async (event) => {
    const action = event.target.closest("[data-brief-action]")?.dataset.briefAction;
    if (!action) return;
    if (action === "print") { window.print(); return; }
    if (action === "copy") { say.textContent = (await copy(result.brief.tekst)) ? TEXT.copied : TEXT.copyFailed; return; }
    say.textContent = TEXT.busy;
    try {
      const answer = await run({ calculator: "brieven", action: "download", input: { ...input, formaat: action } });
      if (!answer.ok) throw new Error(answer.errors.map((e) => e.message).join(" "));
      saveFile(answer.result.bestandsnaam, answer.result.mime, answer.result.base64);
      say.textContent = TEXT.downloaded;
    } catch {
      say.textContent = TEXT.failed;
    }
  });

  const section = el("section", { class: "brief", "aria-labelledby": "brief-kop" });
  section.append(el("h3", { id: "brief-kop" }, TEXT.kop), el("p", { class: "brief__hulp" }, TEXT.hulp),
    buttons, say, paper(result.brief.tekst));
  // After what the letter still lacks (the block marked `rol: controle`), before the other blocks.
  const first = result.weergave.blokken.findIndex((b) => b.rol !== "controle");
  const anchor = first < 0 ? null : target.querySelectorAll(":scope > h3")[first] ?? null;
  target.insertBefore(section, anchor);
}

document.addEventListener("rekenhulp:result", (event) => {
  const { calculator, input, result, run } = event.detail || {};
  if (calculator !== "brieven" || !result?.brief || typeof run !== "function") return;
  show({ target: event.target.querySelector("[data-role=result]"), input, result, run });
});
