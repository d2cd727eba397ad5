#!/usr/bin/env node
// `jalon` launcher (package.json "bin"): runs the TypeScript CLI through tsx's CommonJS loader,
// so `npx jalon <command>` works from a fresh clone after `npm install`, with no build step.
'use strict';

const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
