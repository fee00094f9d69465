// Offline use: registers the service worker (sw.js at the site root, written by
// wegwijzer_build/steps/offline.py) once the page has loaded. On a page with a calculator it waits until
// the calculator is ready, so the first start gets the network and the processors to itself, then
// asks the worker to keep the runtime: its files are in the HTTP cache by then, nothing downloads twice.
// <html data-offline="ready"> marks a page that now also works without a network. The privacy page's
// delete button (opslag.js) removes the worker and its caches with everything else this site stored.
import { dienst } from "./opslag.js";

const sw = navigator.serviceWorker;
const ROOT = new URL("../../", import.meta.url);
const loaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else addEventListener("load", resolve, { once: true });
});
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
  if (dienst.gewist) return;                       // the visitor deleted everything on this page
  dienst.registratie ??= sw.register(new URL("sw.js", ROOT), { scope: ROOT.pathname }).catch(() => null);
  if (!(await dienst.registratie) || !ok || dienst.gewist) return;
  const { active } = await sw.ready;
  if (root && !(await ask(active, { type: "cache-runtime" })).ok) return;
  if (current === visit) document.documentElement.dataset.offline = "ready";
}

if (sw) {
  // With navigation.instant, Material swaps pages without reloading: check every page it shows.
  if (window.document$) window.document$.subscribe(onPage);
  else onPage();
}
