// Module Web Worker: loads Pyodide and the calculators wheel, answers run_json requests.
// Protocol v1 (all messages carry v and, except progress, the id of the request they answer;
// progress steps: runtime, then snapshot and/or boot, then wheel, import):
//   in:  {v, id, type: "init", wheel, snapshot?}  out: {v, type: "progress", step} ... {v, id, type: "ready"}
//   in:  {v, id, type: "run", request: "<json>"} out: {v, id, type: "result", response: "<json>"}
//   any failure:                                  out: {v, id, type: "error", step, message}
// Strings cross the boundary, never PyProxy objects.
//
// Fast start: a built site carries a start snapshot next to the wheel (wegwijzer_build/steps/snapshot.py):
// Python with the calculators imported, made at build time from nobody's input. Restoring it skips
// booting Python (in Node ~0.3 s instead of ~4 s on the CI machine; README, "Performance"). It
// costs ~4.4 MB more to download, so on a connection the browser calls slow, or with Data Saver on,
// it is only used once the offline copy holds it. A snapshot that cannot be had or restored: Python boots.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const V = 1;
let runJson = null;
let starting = null;

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

// Where the snapshot comes from: {bytes: a promise}, or null when it should not be downloaded now.
// The download runs alongside Pyodide's own; Pyodide waits for it before it starts Python.
async function snapshotSource(url) {
  const connection = navigator.connection;
  if (connection && (connection.saveData || /2g|3g/.test(connection.effectiveType || ""))) {
    const copy = await globalThis.caches?.match(url, { ignoreSearch: true }).catch(() => null);
    return copy ? { bytes: copy.arrayBuffer() } : null;
  }
  return {
    bytes: fetch(url).then((r) => {
      if (!r.ok) throw new Error(`snapshot ${r.status}`);
      return r.arrayBuffer();
    }),
  };
}

async function start(wheel, snapshot) {
  progress("runtime");
  const indexURL = new URL("../pyodide/", import.meta.url).href;
  const wheelBytes = fetch(new URL(`../wheels/${wheel}`, import.meta.url)).then((r) => {   // in parallel
    if (!r.ok) throw new Error(`wheel ${r.status}`);
    return r.arrayBuffer();
  });
  wheelBytes.catch(() => {});   // awaited below; no unhandled rejection meanwhile
  let pyodide = null;
  const source = snapshot && await snapshotSource(new URL(`../wheels/${snapshot}`, import.meta.url).href);
  if (source) {
    progress("snapshot");
    pyodide = await boot(indexURL, { _loadSnapshot: source.bytes }).catch(() => null);
  }
  if (!pyodide) {
    progress("boot");
    pyodide = await boot(indexURL, {});
  }
  progress("wheel");
  // Also after a restore: the calculators read their parameter files when first needed.
  pyodide.unpackArchive(await wheelBytes, "wheel");
  progress("import");
  runJson = pyodide.pyimport("calculators.api").run_json;
}

self.onmessage = async ({ data }) => {
  const { id, type } = data || {};
  if (!data || data.v !== V) {
    postMessage({ v: V, id, type: "error", step: "protocol", message: "unknown protocol version" });
    return;
  }
  try {
    if (type === "init") {
      starting ??= start(data.wheel, data.snapshot);
      await starting;
      postMessage({ v: V, id, type: "ready" });
    } else if (type === "run") {
      await starting;
      postMessage({ v: V, id, type: "result", response: runJson(data.request) });
    } else {
      throw new Error(`unknown message type ${type}`);
    }
  } catch (error) {
    postMessage({ v: V, id, type: "error", step: type, message: String(error && error.message || error) });
  }
};
