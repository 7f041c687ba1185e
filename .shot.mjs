import { chromium } from 'playwright-core';
const [,, path, out, width = '390', scheme = 'light', js = 'on', full = 'full'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, javaScriptEnabled: js === 'on' });
await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
