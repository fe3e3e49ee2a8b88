import type { HTTPRequest, Page } from 'puppeteer';
import type { AssetStore } from '../assets/asset-store';

/**
 * Locks a document page down (RENDERING.md #3): no JavaScript, and every request answered
 * from the renderer's in-memory assets or aborted, so nothing reaches the network or the disk.
 */
export async function sandboxPage(
  page: Page,
  assets: AssetStore,
  onBlocked: (url: string) => void,
): Promise<void> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    answer(request, assets, onBlocked).catch(() => undefined); // the page may close meanwhile
  });
}

async function answer(
  request: HTTPRequest,
  assets: AssetStore,
  onBlocked: (url: string) => void,
): Promise<void> {
  const asset = request.method() === 'GET' ? assets.get(request.url()) : undefined;
  if (!asset) {
    onBlocked(request.url());
    return request.abort('blockedbyclient');
  }
  return request.respond({
    status: 200,
    contentType: asset.contentType,
    body: asset.body,
    // Fonts are fetched cross-origin from the about:blank document.
    headers: { 'access-control-allow-origin': '*', 'cache-control': 'max-age=31536000' },
  });
}
