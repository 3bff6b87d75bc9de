// Bundles the SPA into ../wwwroot/dist. `node build.mjs --watch` rebuilds on change during development.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

const options = {
  entryPoints: { app: 'src/main.js', styles: 'src/styles/index.css' },
  outdir: '../wwwroot/dist',
  bundle: true,
  // Splitting keeps the designer (modeler and properties panel) out of the first download.
  splitting: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: !watch,
  sourcemap: true,
  loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.png': 'file' },
  logLevel: 'info'
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
