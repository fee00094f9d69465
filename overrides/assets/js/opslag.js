// What this site keeps on a device, and the button that deletes all of it (page "Privacy").
//
// The rule for every feature that stores something (plan, checklists, and later the case page
// "Mijn aanvraag"): only after the visitor opts in, and only under these names. One exception,
// said on the page: the plan's text is kept in sessionStorage for the visit (this tab, until it
// closes), so following a link loses nothing (plan.js).
// - localStorage / sessionStorage: keys that start with PREFIX, "wmo-wegwijzer:" — e.g.
//   "wmo-wegwijzer:plan", "wmo-wegwijzer:checklist:<naam>"; the case page uses "wmo-wegwijzer:dossier".
// - Cache Storage: names that start with CACHE_PREFIX, "wmo-wegwijzer-" (the offline copy, sw.js).
// Material's own keys start with "<site root path>.__" ("/.__palette"); they are deleted too.
// Keys of other applications on the same origin (a gemeente may host this site beside its own)
// are left alone. Use `opslag` below: every call may fail (private mode, blocked or full storage).
export const PREFIX = "wmo-wegwijzer:";
export const CACHE_PREFIX = "wmo-wegwijzer-";
const ROOT = new URL("../../", import.meta.url);
const MATERIAL = `${ROOT.pathname}.__`;
const sw = navigator.serviceWorker;

export const opslag = {
  get(key) { try { return localStorage.getItem(key); } catch { return null; } },
  set(key, value) { try { localStorage.setItem(key, value); return true; } catch { return false; } },
  // true when nothing is stored under `key` afterwards
  remove(key) {
    try { localStorage.removeItem(key); } catch { /* blocked: then nothing was stored either */ }
    return opslag.get(key) === null;
  },
  keys(prefix = PREFIX, storage = "localStorage") {
    try {
      const store = window[storage];
      return Array.from({ length: store.length }, (_, i) => store.key(i))
        .filter((key) => key !== null && key.startsWith(prefix));
    } catch { return []; }
  },
};

// offline.js registers the service worker through this: a delete waits for a registration that is
// under way, and no new one starts on this page after a delete.
export const dienst = { registratie: null, gewist: false };

const STORAGES = ["localStorage", "sessionStorage"];
const ownKeys = () => STORAGES.flatMap((storage) =>
  [PREFIX, MATERIAL].flatMap((prefix) => opslag.keys(prefix, storage).map((key) => [storage, key])));
const ownCaches = async () => (globalThis.caches ? (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX)) : []);
// Only the registration for this site's own scope: not one of another application on the origin.
async function ownRegistration() {
  const registration = sw ? await sw.getRegistration(ROOT.href) : null;
  return registration?.scope === ROOT.href ? registration : null;
}

// A service worker that is still installing could write its cache after we deleted it: wait for it.
function settled(worker) {
  return new Promise((resolve) => {
    const check = () => { if (!worker || ["installed", "activated", "redundant"].includes(worker.state)) resolve(); };
    worker?.addEventListener("statechange", check);
    check();
  });
}

// Deletes everything above; true when afterwards nothing of it is left.
export async function wisAlles() {
  dienst.gewist = true;
  await dienst.registratie;
  const registration = await ownRegistration();
  if (registration) {
    await settled(registration.installing);
    await registration.unregister();
  }
  for (const [storage, key] of ownKeys()) {
    try { window[storage].removeItem(key); } catch { /* checked below */ }
  }
  for (const name of await ownCaches()) await caches.delete(name);
  delete document.documentElement.dataset.offline;
  return ownKeys().length === 0 && (await ownCaches()).length === 0 && !(await ownRegistration());
}

const TEXT = {
  done: "Alles wat deze site op dit apparaat bewaarde, is gewist. Dus ook uw plan, uw vinkjes en de kopie van " +
    "de site. Opent u later weer een pagina? Dan maakt uw browser een nieuwe kopie. Daarin staat niets over u.",
  failed: "Wissen lukte niet helemaal. Wis de gegevens van deze site in de instellingen van uw browser.",
};

function offerDelete() {
  for (const box of document.querySelectorAll("[data-wis-alles]:not([data-klaar])")) {
    box.dataset.klaar = "";
    const status = box.querySelector("[role=status]");
    box.querySelector("button").addEventListener("click", async () => {
      let ok = false;
      try { ok = await wisAlles(); } catch { ok = false; }
      status.textContent = ok ? TEXT.done : TEXT.failed;
    });
    box.hidden = false;
  }
}

if (window.document$) window.document$.subscribe(offerDelete);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", offerDelete);
else offerDelete();
