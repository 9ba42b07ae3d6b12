import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    setupFiles: ["tests/setup.ts"],
    // expect.poll waits for a condition; its default of one second is too short when two
    // test runs share this 2-core machine (the preview's "Ny plan" then loses the race).
    expect: { poll: { timeout: 15_000 } },
  },
});
