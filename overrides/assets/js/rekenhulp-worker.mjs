// Module Web Worker: loads Pyodide and the calculators wheel, answers run_json requests.
// Protocol v1 (all messages carry v and, except progress, the id of the request they answer):
//   in:  {v, id, type: "init", wheel}            out: {v, type: "progress", step} ... {v, id, type: "ready"}
//   in:  {v, id, type: "run", request: "<json>"} out: {v, id, type: "result", response: "<json>"}
//   any failure:                                  out: {v, id, type: "error", step, message}
// Strings cross the boundary, never PyProxy objects.
//
// Warm start: the first start also takes a memory snapshot of the interpreter with the calculators
// imported (Pyodide's `_makeSnapshot`/`makeMemorySnapshot`, pinned 314.0.7; ~31 MB in Cache Storage
// on this device). Later starts restore it instead of booting Python: measured 3-5x faster (README,
// "Performance"). The snapshot is taken before any calculation, so it never holds what a visitor
// typed; a snapshot that fails to restore is deleted and Python boots normally.
import { loadPyodide, version } from "../pyodide/pyodide.mjs";

const V = 1;
const SNAPSHOTS = "wmo-wegwijzer-snapshot";
const canSnapshot = typeof caches !== "undefined";
let runJson = null;
let starting = null;
let pendingSnapshot = null;   // {pyodide, key} from a normal start, until taken or given up

function progress(step) {
  postMessage({ v: V, type: "progress", step });
}

// Pyodide swallows a failed wasm download or instantiation (it only warns) and then waits forever.
// Fail fast instead: any failed request or that warning while starting rejects the start.
function failFast() {
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (...args) => {
    try {
      const response = await realFetch(...args);
      if (!response.ok) fail(new Error(`${response.status} ${response.url}`));
      return response;
    } catch (error) {
      fail(error);
      throw error;
    }
  };
  const realWarn = console.warn;
  console.warn = (...args) => {
    if (String(args[0]).includes("instantiation failed")) fail(new Error(String(args[0])));
    realWarn(...args);
  };
  return failed;
}

function boot(indexURL, options) {
  return Promise.race([loadPyodide({ indexURL, packageBaseUrl: indexURL, packages: [], ...options }), failFast()]);
}

async function savedSnapshot(key) {
  if (!canSnapshot) return null;
  try {
    return await (await caches.open(SNAPSHOTS)).match(key) || null;
  } catch {
    return null;
  }
}

async function start(wheel) {
  progress("runtime");
  const indexURL = new URL("../pyodide/", import.meta.url).href;
  const wheelURL = new URL(`../wheels/${wheel}`, import.meta.url);
  const wheelBytes = fetch(wheelURL).then((r) => {   // in parallel with the runtime
    if (!r.ok) throw new Error(`wheel ${r.status}`);
    return r.arrayBuffer();
  });
  wheelBytes.catch(() => {});   // awaited below; no unhandled rejection meanwhile
  const key = new URL(`../pyodide/snapshot?pyodide=${version}&wheel=${encodeURIComponent(wheel)}`,
    import.meta.url).href;
  const saved = await savedSnapshot(key);
  let pyodide = null;
  if (saved) {
    progress("snapshot");
    pyodide = await boot(indexURL, { _loadSnapshot: saved.arrayBuffer() })
      .catch(() => caches.delete(SNAPSHOTS).then(() => null));
  }
  const restored = Boolean(pyodide);
  pyodide ??= await boot(indexURL, { _makeSnapshot: canSnapshot });
  progress("wheel");
  pyodide.unpackArchive(await wheelBytes, "wheel");
  progress("import");
  runJson = pyodide.pyimport("calculators.api").run_json;
  if (canSnapshot && !restored) pendingSnapshot = { pyodide, key };
}

// Called when the worker is idle after answering `questions`. Storing happens in the background.
function takeSnapshot() {
  const pending = pendingSnapshot;
  pendingSnapshot = null;
  if (!pending) return;
  let bytes;
  try {
    bytes = pending.pyodide.makeMemorySnapshot();
  } catch {
    return;   // no snapshot: the next visit starts normally
  }
  caches.open(SNAPSHOTS).then(async (cache) => {
    for (const old of await cache.keys()) await cache.delete(old);
    await cache.put(pending.key, new Response(bytes));
    progress("snapshot-saved");
  }).catch(() => {});
}

function action(request) {
  try {
    return JSON.parse(request).action;
  } catch {
    return undefined;
  }
}

self.onmessage = async ({ data }) => {
  const { id, type } = data || {};
  if (!data || data.v !== V) {
    postMessage({ v: V, id, type: "error", step: "protocol", message: "unknown protocol version" });
    return;
  }
  try {
    if (type === "init") {
      starting ??= start(data.wheel);
      await starting;
      postMessage({ v: V, id, type: "ready" });
    } else if (type === "run") {
      await starting;
      // Only a snapshot of a worker that has seen nothing but questions is kept.
      if (action(data.request) !== "questions") pendingSnapshot = null;
      postMessage({ v: V, id, type: "result", response: runJson(data.request) });
      if (pendingSnapshot) setTimeout(takeSnapshot);
    } else {
      throw new Error(`unknown message type ${type}`);
    }
  } catch (error) {
    postMessage({ v: V, id, type: "error", step: type, message: String(error && error.message || error) });
  }
};
