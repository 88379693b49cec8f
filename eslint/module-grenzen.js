// Module boundaries (issue 15): a module is imported from outside only through its face,
// src/modules/<m>/face.ts, and src/platform/ imports no module at all. The rule resolves
// every relative import against the importing file, so `../gemeente/x` and
// `../../meldingen/codes` are seen for what they are (a pattern on the text cannot).
import path from 'node:path';

const FACE = 'face';

/** 'src/modules/<m>/...' → { kind: 'module', name: m, rest }, 'src/platform/...' → platform. */
function plaats(absolute, root) {
  const rel = path.relative(root, absolute).split(path.sep).join('/');
  const module = /^src\/modules\/([^/]+)(?:\/(.*))?$/.exec(rel);
  if (module) return { kind: 'module', name: module[1], rest: module[2] ?? '' };
  if (rel === 'src/platform' || rel.startsWith('src/platform/')) return { kind: 'platform' };
  return { kind: 'other' };
}

function isFace(rest) {
  return rest.replace(/\.(js|ts|tsx)$/, '') === FACE;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'A module imports another module only through its face; platform imports no module.' },
    schema: [],
    messages: {
      platform: 'src/platform/ imports no module ({{target}}): let the composition root (src/services.ts, src/app.tsx) pass it in.',
      face: 'Module "{{from}}" imports "{{target}}" of module "{{to}}": import from "{{to}}/face" only.',
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const root = context.cwd ?? process.cwd();
    const from = plaats(filename, root);
    if (from.kind === 'other') return {};

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) return;
      const target = plaats(path.resolve(path.dirname(filename), spec), root);
      if (target.kind !== 'module') return;
      const shown = `modules/${target.name}/${target.rest}`;
      if (from.kind === 'platform') {
        context.report({ node: source, messageId: 'platform', data: { target: shown } });
      } else if (from.kind === 'module' && from.name !== target.name && !isFace(target.rest)) {
        context.report({ node: source, messageId: 'face', data: { from: from.name, to: target.name, target: shown } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default { rules: { 'module-grenzen': rule } };
