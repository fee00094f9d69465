// Writes the calculators' start snapshot (see snapshot.py): Pyodide's memory after the wheel is
// unpacked, `calculators.api` is imported, every parameter file is read and every calculator has
// answered `questions` once: what a browser does before a visitor types anything, and the reading
// of the law's figures that a first calculation would do. Nobody's input is in it. Python runs on
// the cut standard library (stdlib.py) and Pyodide's lock without packages, as in the browser.
// Usage: node snapshot.mjs PYODIDE_DIR WHEEL STDLIB OUT
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheel, stdLibURL, out] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const { info } = JSON.parse(readFileSync(join(pyodideDir, "pyodide-lock.json"), "utf8"));
const pyodide = await loadPyodide({ indexURL: pyodideDir, packages: [], _makeSnapshot: true, stdLibURL,
                                    lockFileContents: { info, packages: {} } });
pyodide.pyimport("_stdlib_fallback");   // the worker installs it after the restore
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");   // as rekenhulp-worker.mjs does
const api = pyodide.pyimport("calculators.api");
pyodide.pyimport("calculators.wet").parameters();
for (const calculator of api.CALCULATORS) {
  const answer = JSON.parse(api.run_json(JSON.stringify({ v: 1, calculator, action: "questions", input: {} })));
  if (!answer.ok) throw new Error(`${calculator}: questions refused: ${JSON.stringify(answer)}`);
}
writeFileSync(out, pyodide.makeMemorySnapshot());
