import type { HTTPRequest, Page } from 'puppeteer';
import type { AssetStore, RenderAssets } from '../assets/asset-store';

/** What the page's current document may load besides the store's assets (its office's emblem). */
const lent = new WeakMap<Page, RenderAssets>();

/** For one render on a leased page; the next render replaces or clears it. */
export function lendAssets(page: Page, assets: RenderAssets | undefined): void {
  if (assets && assets.size > 0) lent.set(page, assets);
  else lent.delete(page);
}

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
    // The page may close meanwhile.
    answer(request, assets, lent.get(page), onBlocked).catch(() => undefined);
  });
}

async function answer(
  request: HTTPRequest,
  assets: AssetStore,
  own: RenderAssets | undefined,
  onBlocked: (url: string) => void,
): Promise<void> {
  const url = request.url();
  const asset = request.method() === 'GET' ? (assets.get(url) ?? own?.get(url)) : undefined;
  if (!asset) {
    onBlocked(url);
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
