// @custom-elements-manifest/analyzer settings: `cem analyze` reads this file, and so does
// scripts/manifest.mjs, which `npm run build` runs to write custom-elements.json and the
// README's element reference.
export default {
  globs: ['components/**/*.component.ts'],
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not edit it.
  packagejson: false,
  plugins: [publicApiOnly(), shippedPaths(), sortedModules()],
};

/**
 * Keeps what a page can use: private and protected members are implementation, and listing
 * them would make the manifest change with every refactoring.
 */
function publicApiOnly() {
  return {
    name: 'rtc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarations(customElementsManifest)) {
        declaration.members = declaration.members?.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected',
        );
      }
    },
  };
}

/**
 * The analyzer reads the TypeScript sources; the package ships their build in dist/. Point every
 * module path at the shipped file (components/room/room.component.ts → dist/components/room/
 * room.component.js) so tools that follow the manifest find real modules.
 */
function shippedPaths() {
  const shipped = (path) =>
    path
      .replace(/^\/?/, 'dist/')
      .replace(/^dist\/dist\//, 'dist/')
      .replace(/\.ts$/, '.js');
  return {
    name: 'rtc-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (value) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string')
              value[key] = shipped(inner);
            else visit(inner);
          }
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Modules in path order: the analyzer lists them in the order its file search finishes, which
 * changes from run to run, and the committed manifest is compared as text.
 */
function sortedModules() {
  return {
    name: 'rtc-sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

function* declarations(manifest) {
  for (const module of manifest.modules) yield* module.declarations ?? [];
}
