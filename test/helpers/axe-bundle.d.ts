// axe-core's browser bundle: importing it registers `window.axe` (see axe.ts).
declare module 'axe-core/axe.min.js';
