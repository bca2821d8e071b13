/**
 * `npm run build`: dist/esm (ES modules, the CLI and the simulator included) and dist/cjs
 * (CommonJS, the library only), each with type declarations, behind package.json `exports`.
 */
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');

await rm(path.join(root, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  execFileSync(tsc, ['-p', project], { cwd: root, stdio: 'inherit' });
}
// Each output tree says which module system its .js files use.
await writeFile(path.join(root, 'dist/esm/package.json'), '{ "type": "module" }\n');
await writeFile(path.join(root, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');
console.log('built dist/esm and dist/cjs');
