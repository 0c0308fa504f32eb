import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'error' });
const out = Object.values(r.metafile.outputs)[0];
console.log((gzipSync(r.outputFiles[0].contents,{level:9}).length/1024).toFixed(1), Object.entries(out.inputs).filter(([p])=>p.includes('audiences')).map(([p,v])=>p.replace(/.*dist\//,'')+':'+v.bytesInOutput).join(' '));
