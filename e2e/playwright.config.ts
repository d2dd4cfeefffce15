import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Every browser lays text out in the same fonts on every machine (see fonts.conf), and shows
// dates in one zone whatever the machine's: the browsers inherit these from this process.
process.env.FONTCONFIG_FILE = path.join(__dirname, 'fonts.conf');
process.env.TZ = 'Asia/Ho_Chi_Minh';

// Debian's browsers: Playwright's own browser downloads cannot work on our machines. The
// Chromium flags keep it off the network, which the machines' closed network would refuse anyway.
// Firefox ESR is driven over WebDriver BiDi (the 'moz-firefox' channel); Playwright is pinned at
// 1.62.1 because 1.65 sends it a command it does not know (emulation.setMediaFeaturesOverride).
export default defineConfig({
  // Two cores: one worker per core, each with its own dev-api (see fixtures.ts).
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./summary.ts']],
  use: {
    locale: 'en-US',
    // Dates are shown in local time: pin the zone so assertions are the same everywhere.
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: './tests',
      use: {
        browserName: 'chromium',
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
    },
    // Firefox over WebDriver BiDi takes about three times Chromium's time for the same steps
    // (on a new 2-core machine: 21.4 against 5.8 s, 21.0 against 7.0 s), and four specs took
    // 21–26 s of the 30 s that is enough for Chromium: twice the time, so a slower machine than
    // that one does not fail them.
    {
      name: 'firefox',
      testDir: './tests',
      timeout: 60_000,
      use: {
        browserName: 'firefox',
        channel: 'moz-firefox',
        launchOptions: { executablePath: '/usr/bin/firefox-esr' },
      },
    },
    // The main paths in WebKitGTK, through its WebDriver (webkit/fixtures.ts says why).
    // A WebDriver session can take over 20 s to start on a loaded machine, and one that never
    // answers is asked for again after 40 s (webkit/fixtures.ts).
    { name: 'webkit', testDir: './webkit', timeout: 120_000 },
  ],
});
