// Worker client: one module Web Worker (rekenhulp-worker.mjs) per page visit, requests matched by id.
// Shared by the calculators (rekenhulp.js) and the case page Mijn aanvraag (dossier.js). Importing
// this module starts nothing: the worker, and with it Pyodide, starts at the first startWorker() or run().
const V = 1;
let worker = null;
let started = null;   // the init request: settles when the runtime and the calculators are ready
let nextId = 1;
const pending = new Map();

function rejectAll(message) {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  worker = null;
}

// The files the worker starts from: the wheel and, in a built site, the cut standard library and
// the start snapshot (rekenhulp-worker.mjs).
export function runtimeOf(root) {
  return { wheel: root.dataset.wheel, stdlib: root.dataset.stdlib || null, snapshot: root.dataset.snapshot || null };
}

// Starts the worker and the runtime once per page visit; failures reach the first call() that waits.
export function startWorker(runtime) {
  if (worker) return started;
  // A module worker: Pyodide never runs on the main thread.
  worker = new Worker(new URL("./rekenhulp-worker.mjs", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") {
      document.dispatchEvent(new CustomEvent("rekenhulp:progress", { detail: data }));
      return;
    }
    const entry = pending.get(data.id);
    if (!entry) return;
    pending.delete(data.id);
    data.type === "error" ? entry.reject(new Error(data.message)) : entry.resolve(data);
  };
  worker.onerror = (event) => { event.preventDefault(); rejectAll(event.message || "worker failed"); };
  started = call({ type: "init", ...runtime });
  started.catch(() => {});
  return started;
}

function call(message, runtime) {
  startWorker(runtime);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ v: V, id, ...message });
  });
}

// One request to calculators.api.run_json (contract v1) from the root that names the runtime.
export async function run(root, request) {
  const reply = await call({ type: "run", request: JSON.stringify({ v: V, ...request }) }, runtimeOf(root));
  return JSON.parse(reply.response);
}
