// Writes the calculators' start snapshot (see snapshot.py): Pyodide's memory after the wheel is
// unpacked, `calculators.api` is imported, every parameter file is read and every calculator has
// answered `questions` once: what a browser does before a visitor types anything, and the reading
// of the law's figures that a first calculation would do. Nobody's input is in it.
// Usage: node snapshot.mjs PYODIDE_DIR WHEEL OUT
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheel, out] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: pyodideDir, packages: [], _makeSnapshot: true });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");   // as rekenhulp-worker.mjs does
const api = pyodide.pyimport("calculators.api");
pyodide.pyimport("calculators.wet").parameters();
for (const calculator of api.CALCULATORS) {
  const answer = JSON.parse(api.run_json(JSON.stringify({ v: 1, calculator, action: "questions", input: {} })));
  if (!answer.ok) throw new Error(`${calculator}: questions refused: ${JSON.stringify(answer)}`);
}
writeFileSync(out, pyodide.makeMemorySnapshot());
