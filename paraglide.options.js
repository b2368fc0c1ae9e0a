/**
 * Paraglide compiler options, shared by the Vite plugin (dev, build) and scripts/compile-messages.js
 * (type-check, tests), so every compile produces the same runtime: Czech by default, English chosen
 * explicitly and remembered in the `souhra_locale` cookie.
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	emitTsDeclarations: true,
	strategy: ['cookie', 'baseLocale'],
	cookieName: 'souhra_locale'
};
