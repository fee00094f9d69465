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

async function start(wheel) {
  progress("runtime");
  const pyodide = await loadPyodide({
    indexURL: new URL("../pyodide/", import.meta.url).href,
    packages: [],
  });
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
