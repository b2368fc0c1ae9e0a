import { defineConfig } from 'drizzle-kit';

// Schema files live beside their module (`*.schema.ts`); migrations are generated SQL, committed.
export default defineConfig({
	dialect: 'postgresql',
	schema: ['./src/lib/platform/**/*.schema.ts', './src/lib/modules/**/*.schema.ts'],
	out: './migrations',
	casing: 'snake_case',
	strict: true,
	migrations: { prefix: 'timestamp' }
});
