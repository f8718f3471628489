// A @custom-elements-manifest/analyzer plugin: the manifest (and so Storybook's controls and the
// docs tables) shows an element's public API only. It drops
// - private and protected members (`private x`, `#x`), and the attributes of those fields,
// - Lit internal state (`static properties = { x: { state: true } }`), member and attribute,
// - events without a description: the analyzer reads `new CustomEvent(type, …)` in `emit()` as an
//   event named "type"; every real event is documented with `@event`.

/** `static properties = { name: { state: true } }` → the names, per class. */
function stateNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    const init = member.initializer;
    if (!init || !ts.isObjectLiteralExpression(init)) continue;
    for (const prop of init.properties) {
      if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer))
        continue;
      const isState = prop.initializer.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          p.name.getText() === 'state' &&
          p.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(prop.name.getText().replace(/^['"]|['"]$/g, ''));
    }
  }
  return names;
}

const isPrivate = (member) =>
  member.privacy === 'private' || member.privacy === 'protected' || member.name?.startsWith('#');

export function publicApiPlugin() {
  /** `${module path}#${class name}` → its Lit state properties. */
  const state = new Map();
  return {
    name: 'klaslab-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = stateNames(ts, node);
      if (names.size) state.set(`${moduleDoc.path}#${node.name.getText()}`, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set(state.get(`${mod.path}#${decl.name}`) ?? []);
          for (const m of decl.members ?? []) if (isPrivate(m)) hidden.add(m.name);
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter(
              (a) => !hidden.has(a.fieldName ?? a.name) && !hidden.has(a.name),
            );
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.description);
        }
      }
    },
  };
}
