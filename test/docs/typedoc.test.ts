/**
 * The API reference (`npm run docs`, TypeDoc over typedoc.json) stays complete: each entry of
 * the package (the root, ./simulator, ./mcp) is in it; every public class, method, property,
 * option and record field has a description; every type a public one names is itself public
 * (or inlined); every {@link} resolves. TypeDoc runs here through its API with the project's
 * own config, rendering included (a README code block in a language TypeDoc does not
 * highlight is a warning of the render), and must log nothing at warn or above.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Logger, LogLevel } from 'typedoc';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(path.join(tmpdir(), 'typedoc-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Keeps every message at warn or above (TypeDoc's own counters still count them). */
class CollectingLogger extends Logger {
  readonly messages: string[] = [];
  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn && level !== LogLevel.None) this.messages.push(`${LogLevel[level]}: ${message}`);
  }
}

describe('the API reference', () => {
  it('is configured to fail on an undocumented, unexported or unresolved name', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.validation).toEqual({ notExported: true, invalidLink: true, notDocumented: true });
  });

  it('documents every entry of the package: the root, ./simulator and ./mcp', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import?: { types: string } }> };
    // Each export's types (dist/esm/src/….d.ts) come from the source file of the same path.
    const sources = Object.values(pkg.exports)
      .flatMap((e) => (typeof e === 'object' && e.import ? [e.import.types.replace(/^\.\/dist\/esm\//, '').replace(/\.d\.ts$/, '.ts')] : []))
      .sort();
    expect(sources).toContain('src/index.ts');
    expect([...config.entryPoints].sort()).toEqual(sources);
  });

  it('builds from typedoc.json without a single warning or error', async () => {
    const app = await Application.bootstrapWithPlugins({ options: path.join(root, 'typedoc.json') });
    const logger = new CollectingLogger();
    app.logger = logger;
    const project = await app.convert();
    expect(project, logger.messages.join('\n')).toBeDefined();
    app.validate(project!);
    await app.generateDocs(project!, out);
    expect(logger.messages).toEqual([]);
    expect(logger.warningCount + logger.errorCount + logger.validationWarningCount).toBe(0);
  }, 120_000);
});
