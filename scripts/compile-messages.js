#!/usr/bin/env node
/** Compile the Paraglide messages with the same options as the Vite plugin (see paraglide.options.js). */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.options.js';

await compile(paraglideOptions);
