// The module boundaries are enforced by `npm run lint` (eslint/module-grenzen.js): a module
// imports another only through its face, and platform imports no module. This runs the rule
// as `npm run lint` does, on deliberately wrong imports placed at real paths.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import moduleGrenzen from '../../../eslint/module-grenzen.js';

const ROOT = join(import.meta.dirname, '../../..');

// Only our rule, without type information: the rule resolves paths and needs no types.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: (await import('typescript-eslint')).parser },
      plugins: { local: moduleGrenzen },
      rules: { 'local/module-grenzen': 'error' },
    },
  ],
});

async function meldingen(code: string, bestand: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(ROOT, bestand) });
  return r!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries (lint)', () => {
  it('is on in the project configuration that npm run lint uses', async () => {
    const projekt = new ESLint({ cwd: ROOT });
    for (const f of ['src/modules/gemeente/routes.tsx', 'src/platform/http/page.ts']) {
      const config = (await projekt.calculateConfigForFile(join(ROOT, f))) as { rules: Record<string, unknown> };
      expect(config.rules['local/module-grenzen']).toEqual([2]);
    }
  });

  it('refuses a module importing another module past its face', async () => {
    const fouten = await meldingen(`import { gemeenteActor } from '../gemeente/actor';\nexport const x = gemeenteActor;\n`, 'src/modules/vrijstellingen/fout.ts');
    expect(fouten).toEqual(['local/module-grenzen: Module "vrijstellingen" imports "modules/gemeente/actor" of module "gemeente": import from "gemeente/face" only.']);
  });

  it('sees through deeper relative paths, type imports and re-exports', async () => {
    const code = `import type { Status } from '../../meldingen/codes';\nexport { zoekMeldingen } from '../../meldingen/raadplegen/zoeken.repository';\nexport type S = Status;\n`;
    expect(await meldingen(code, 'src/modules/gemeente/views/fout.tsx')).toHaveLength(2);
  });

  it('refuses platform importing any module, even its face', async () => {
    const code = `import { ROLLEN } from '../../modules/auth/auth.tables';\nimport { vandaagIn } from '../../modules/meldingen/face';\nexport const x = [ROLLEN, vandaagIn];\n`;
    const fouten = await meldingen(code, 'src/platform/http/fout.ts');
    expect(fouten).toHaveLength(2);
    expect(fouten[0]).toContain('src/platform/ imports no module');
  });

  it('allows a face import, an import inside the module, and platform from a module', async () => {
    const code = `import { gemeenteActor } from '../gemeente/face';\nimport { OPEN_STATUSSEN } from '../meldingen/face.js';\nimport * as repo from './vrijstellingen.repository';\nimport { notFound } from '../../platform/http/errors';\nexport const x = [gemeenteActor, OPEN_STATUSSEN, repo, notFound];\n`;
    expect(await meldingen(code, 'src/modules/vrijstellingen/goed.ts')).toEqual([]);
  });

  it('leaves the composition root free to import any module', async () => {
    const code = `import { gemeenteService } from './modules/gemeente/gemeente.service';\nexport const x = gemeenteService;\n`;
    expect(await meldingen(code, 'src/services.ts')).toEqual([]);
  });
});
