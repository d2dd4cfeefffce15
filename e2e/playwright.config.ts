import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download cannot work on our machines. The flags
// keep Chromium off the network, which the machines' closed network would refuse anyway.
export default defineConfig({
  testDir: './tests',
  // Two cores: one worker per core, each with its own dev-api (see fixtures.ts).
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./summary.ts']],
  use: {
    browserName: 'chromium',
    locale: 'en-US',
    // Dates are shown in local time: pin the zone so assertions are the same everywhere.
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
