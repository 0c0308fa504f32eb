import { build } from 'esbuild';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: false, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
const t = r.outputFiles[0].text; console.log(t.length, process.argv.slice(3).map(w=>w+':'+t.includes(w)).join(' '));
