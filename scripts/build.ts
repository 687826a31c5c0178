/** npm run build: see src/build/run.ts and src/build/README.md. */
import '../src/build/run.ts';
