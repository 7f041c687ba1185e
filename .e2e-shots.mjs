import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4400';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of pages) {
  for (const [w, scheme] of [
    [390, 'light'],
    [1280, 'dark'],
  ]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(base + path);
    const name = `/tmp/shots/${path.replace(/\W+/g, '_')}-${w}-${scheme}.png`;
    await page.screenshot({ path: name, fullPage: false });
    console.log(name, await page.evaluate(() => document.getElementsByTagName('*').length));
    await ctx.close();
  }
}
await browser.close();
