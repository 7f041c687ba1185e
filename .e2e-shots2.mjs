import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4400';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [path, sel, w, scheme] of [
  ['/timeline/', '.overview', 390, 'dark'],
  ['/stories/h200-approvals-gap/', '[id^="chart-policy-timeline"]', 390, 'light'],
  ['/fr/stories/h200-approvals-gap/', '[id^="chart-policy-timeline"]', 1280, 'dark'],
]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + path);
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  const name = `/tmp/shots/el-${path.replace(/\W+/g, '_')}-${w}-${scheme}.png`;
  await page.screenshot({ path: name });
  console.log(name);
  await ctx.close();
}
await browser.close();
