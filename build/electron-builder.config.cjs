// electron-builder configuration for Veldwerk (`npm run dist`). The app ships only the
// built output: main and preload bundle zod and shared/, the renderer is bundled by Vite,
// so no sources, tests or node_modules go into app.asar.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'nl.drechtsteden.veldwerk',
  productName: 'Veldwerk',
  copyright: 'LeerWerkLoket Drechtsteden en Baanbrekend Drechtsteden',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'package.json', '!node_modules/**/*', '!**/*.map'],
  // Everything runtime is bundled; there are no native modules to rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  asar: true,
  // Electron fuses, flipped in the packaged binary before signing (electron/fuses.test.ts checks
  // each; test/unit/packaging.test.ts reads them back from a packed binary). The app cannot be
  // turned into a plain Node.js (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect), loads its code
  // only from the packed app.asar and checks that archive's integrity (macOS, Windows), encrypts
  // cookies with the OS keychain, and gives file:// pages no extra rights (the app runs on app://).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // package.json "main" must point into dist, which is all that is packed.
  extraMetadata: { main: 'dist/electron/main.cjs' },
  icon: 'build/icons/icon.png',
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'build/icons/icon.png',
  },
  nsis: {
    // A per-user install: advisors' laptops are managed, they have no admin rights.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Veldwerk',
    language: '1043',
    installerLanguages: ['nl_NL'],
    multiLanguageInstaller: false,
    // Data lives in %APPDATA%\Veldwerk and must survive an uninstall/reinstall.
    deleteAppDataOnUninstall: false,
  },
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    maintainer: 'LeerWerkLoket Drechtsteden',
    synopsis: 'Portefeuille, contactmomenten en gesprekken voor adviseurs',
  },
  deb: { depends: ['libnotify4', 'libxtst6', 'libnss3'] },
  mac: { target: ['dmg'], category: 'public.app-category.business', icon: 'build/icons/icon.png' },
  dmg: { title: 'Veldwerk ${version}' },
  publish: null,
};
