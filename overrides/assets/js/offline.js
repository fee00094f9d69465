// Offline use: registers the service worker (sw.js at the site root, written by
// wegwijzer_build/steps/offline.py) once the page has loaded. On a page with a calculator it waits until
// the calculator is ready, so the first start gets the network and the processors to itself, then
// asks the worker to keep the runtime: its files are in the HTTP cache by then, nothing downloads twice.
// <html data-offline="ready"> marks a page that now also works without a network.
const sw = navigator.serviceWorker;
const ROOT = new URL("../../", import.meta.url);
const loaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else addEventListener("load", resolve, { once: true });
});
let registration = null;
let visit = 0;

// true once the calculator is ready, false when it failed to start.
function settled(root) {
  return new Promise((resolve) => {
    const check = () => {
      const status = root.dataset.status;
      if (status !== "ready" && status !== "error" && status !== "busy") return;
      observer.disconnect();
      resolve(status !== "error");
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { attributes: true, attributeFilter: ["data-status"] });
    check();
  });
}

function ask(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => resolve(data);
    worker.postMessage(message, [channel.port2]);
  });
}

async function onPage() {
  const current = ++visit;
  delete document.documentElement.dataset.offline;
  const root = document.querySelector("[data-calculator]");
  const ok = root ? await settled(root) : true;
  await loaded;
  registration ??= sw.register(new URL("sw.js", ROOT), { scope: ROOT.pathname }).catch(() => null);
  if (!(await registration) || !ok) return;
  const { active } = await sw.ready;
  if (root && !(await ask(active, { type: "cache-runtime" })).ok) return;
  if (current === visit) document.documentElement.dataset.offline = "ready";
}

// The privacy page offers a button that deletes this site's copy on the device: the service
// worker and its caches (all named "wmo-wegwijzer-…").
async function forget(box) {
  const status = box.querySelector("[role=status]");
  try {
    for (const reg of await sw.getRegistrations()) await reg.unregister();
    for (const name of await caches.keys()) if (name.startsWith("wmo-wegwijzer-")) await caches.delete(name);
    delete document.documentElement.dataset.offline;
    status.textContent = "De kopie is gewist. Bezoekt u de site later weer, dan maakt uw browser een nieuwe kopie.";
  } catch {
    status.textContent = "Wissen lukte niet. Wis de gegevens van deze site in de instellingen van uw browser.";
  }
}

function offerForget() {
  for (const box of document.querySelectorAll("[data-offline-wissen]:not([data-klaar])")) {
    box.dataset.klaar = "";
    box.querySelector("button").addEventListener("click", () => forget(box));
    box.hidden = false;
  }
}

if (sw) {
  // With navigation.instant, Material swaps pages without reloading: check every page it shows.
  const each = () => { onPage(); offerForget(); };
  if (window.document$) window.document$.subscribe(each);
  else each();
}
