import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const id of ['orders-approvals-stock', 'figures-over-time', 'policy-timeline']) {
  const row = [id];
  for (const width of [320, 600, 768, 1000, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 600 } });
    await page.goto(`http://127.0.0.1:4329/embed/${id}/`);
    row.push(`${width}:${await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))}`);
    await page.close();
  }
  console.log(row.join(' '));
}
await browser.close();
