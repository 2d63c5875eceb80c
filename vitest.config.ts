import { defineConfig } from 'vitest/config';

// Unit and property tests only; the integration suite runs inside VS Code (npm run test:integration).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
