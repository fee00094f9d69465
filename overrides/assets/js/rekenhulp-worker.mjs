// Module Web Worker: loads Pyodide and the calculators wheel, answers run_json requests.
// Protocol v1 (all messages carry v and, except progress, the id of the request they answer;
// progress steps: runtime, then snapshot and/or boot, then wheel, import; full-stdlib whenever the
// full standard library is fetched):
//   in:  {v, id, type: "init", wheel, stdlib?, snapshot?}
//                                                 out: {v, type: "progress", step} ... {v, id, type: "ready"}
//   in:  {v, id, type: "run", request: "<json>"} out: {v, id, type: "result", response: "<json>"}
//   any failure:                                  out: {v, id, type: "error", step, message}
// Strings cross the boundary, never PyProxy objects.
//
// A built site gives it, next to the wheel (wegwijzer_build/steps; README, "Fast and offline"):
// - stdlib: the standard library cut to what Pyodide and the calculators import, compiled (~0.8 MB
//   instead of 2.5 MB, and Python compiles nothing at the start). Should Python ask for a module the
//   cut left out, the worker fetches Pyodide's full python_stdlib.zip and runs the request again:
//   an answer never depends on the cut.
// - snapshot: Python with the calculators imported, made at build time from nobody's input, on that
//   cut. Restoring it skips booting Python (~1.4 s less processor time on the CI machine) but costs
//   3.3 MB more; it is fetched only on a line that pays for that, and otherwise used only once the
//   offline copy holds it. A snapshot that cannot be had or restored: Python boots.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const V = 1;
const FULL_STDLIB = "/lib/python_stdlib_full.zip";   // where the full library goes, next to the cut one
// The snapshot saves ~1.4 s of processor time on the CI machine and costs 3.3 MB: that pays from
// ~18 Mbit/s (README, "Fast and offline"). Chromium reports at most 10 Mbit/s (navigator.connection.downlink)
// and a line it knows nothing about as 1.5: so only a line it reports at that ceiling, and never
// with Data Saver. Without navigator.connection (Firefox, Safari) the worker boots: fewer bytes.
const FAST_MBITS = 10;
let runJson = null;
let starting = null;
let missing = null;        // a module the cut standard library left out, asked for since complete() began
let addingFull = null;     // fetching and adding the full standard library (once)

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

function download(url, what) {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${what} ${r.status}`);
    return r.arrayBuffer();
  });
}

function fastLine() {
  const connection = navigator.connection;
  return Boolean(connection && !connection.saveData && connection.downlink >= FAST_MBITS);
}

// Where the snapshot comes from: {bytes: a promise}, or null when it should not be downloaded now.
// The download runs alongside Pyodide's own; Pyodide waits for it before it starts Python.
async function snapshotSource(url) {
  if (fastLine()) return { bytes: download(url, "snapshot") };
  const copy = await globalThis.caches?.match(url, { ignoreSearch: true }).catch(() => null);
  return copy ? { bytes: copy.arrayBuffer() } : null;
}

// Runs `run` (Python code); when it asked for a module the cut standard library left out, adds the
// full library and runs it again, so what it returns is what the full library gives.
async function complete(run, addFull) {
  missing = null;
  let result;
  try {
    result = run();
  } catch (error) {
    if (!missing) throw error;
  }
  if (!missing) return result;
  addingFull ??= addFull();
  await addingFull;
  missing = null;
  return run();
}

async function start({ wheel, stdlib, snapshot }) {
  progress("runtime");
  const indexURL = new URL("../pyodide/", import.meta.url).href;
  const wheelBytes = download(new URL(`../wheels/${wheel}`, import.meta.url), "wheel");   // in parallel
  wheelBytes.catch(() => {});   // awaited below; no unhandled rejection meanwhile
  const cut = stdlib ? { stdLibURL: new URL(`../wheels/${stdlib}`, import.meta.url).href } : {};
  let pyodide = null;
  // The snapshot was made on the cut library: restored on another one, imports would read the wrong bytes.
  const source = snapshot && stdlib && await snapshotSource(new URL(`../wheels/${snapshot}`, import.meta.url).href);
  if (source) {
    progress("snapshot");
    pyodide = await boot(indexURL, { ...cut, _loadSnapshot: source.bytes }).catch(() => null);
  }
  if (!pyodide) {
    progress("boot");
    // Should Pyodide's own start need more than the cut (it was traced in Node), boot on the full library.
    pyodide = await boot(indexURL, cut).catch((error) => { if (!stdlib) throw error; return null; });
    if (!pyodide) {
      stdlib = null;
      progress("full-stdlib");
      pyodide = await boot(indexURL, {});
    }
  }
  let addFull = null;
  if (stdlib) {
    const fallback = pyodide.pyimport("_stdlib_fallback");
    fallback.install((name) => { missing = name; });
    addFull = async () => {
      progress("full-stdlib");
      pyodide.FS.writeFile(FULL_STDLIB, new Uint8Array(await download(indexURL + "python_stdlib.zip", "stdlib")));
      fallback.add(FULL_STDLIB);
    };
  }
  progress("wheel");
  const bytes = await wheelBytes;
  progress("import");
  // Also after a restore: the calculators read their parameter files when first needed.
  const api = await complete(() => {
    pyodide.unpackArchive(bytes, "wheel");
    return pyodide.pyimport("calculators.api");
  }, addFull);
  runJson = (request) => complete(() => api.run_json(request), addFull);
}

self.onmessage = async ({ data }) => {
  const { id, type } = data || {};
  if (!data || data.v !== V) {
    postMessage({ v: V, id, type: "error", step: "protocol", message: "unknown protocol version" });
    return;
  }
  try {
    if (type === "init") {
      starting ??= start(data);
      await starting;
      postMessage({ v: V, id, type: "ready" });
    } else if (type === "run") {
      await starting;
      postMessage({ v: V, id, type: "result", response: await runJson(data.request) });
    } else {
      throw new Error(`unknown message type ${type}`);
    }
  } catch (error) {
    postMessage({ v: V, id, type: "error", step: type, message: String(error && error.message || error) });
  }
};
