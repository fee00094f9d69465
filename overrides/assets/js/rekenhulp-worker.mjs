// Module Web Worker: loads Pyodide and the calculators wheel, answers run_json requests.
// Protocol v1 (all messages carry v and, except progress, the id of the request they answer):
//   in:  {v, id, type: "init", wheel}            out: {v, type: "progress", step} ... {v, id, type: "ready"}
//   in:  {v, id, type: "run", request: "<json>"} out: {v, id, type: "result", response: "<json>"}
//   any failure:                                  out: {v, id, type: "error", step, message}
// Strings cross the boundary, never PyProxy objects.
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

async function start(wheel) {
  progress("runtime");
  const indexURL = new URL("../pyodide/", import.meta.url).href;
  const pyodide = await Promise.race([
    loadPyodide({ indexURL, packageBaseUrl: indexURL, packages: [] }),
    failFast(),
  ]);
  progress("wheel");
  const response = await fetch(new URL(`../wheels/${wheel}`, import.meta.url));
  if (!response.ok) throw new Error(`wheel ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
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
      starting ??= start(data.wheel);
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
