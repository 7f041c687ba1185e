/** Files as the site serves them, asked once per worker: a page's HTML, read as a document, and images' sizes. */
import { type APIRequestContext, expect } from '@playwright/test';
import { parseHTML } from 'linkedom';

const documents = new Map<string, Promise<Document>>();

/** The document the site serves at `path` (as written, before any script), which must answer 200. */
export function servedDocument(request: APIRequestContext, path: string): Promise<Document> {
  if (!documents.has(path))
    documents.set(
      path,
      request.get(path).then(async (response) => {
        expect(response.status(), path).toBe(200);
        return parseHTML(await response.text()).document as unknown as Document;
      }),
    );
  return documents.get(path)!;
}

/** The width and height of the PNG at `path`, which must be a PNG. */
export async function pngSize(request: APIRequestContext, path: string): Promise<[number, number]> {
  const response = await request.get(path);
  expect(response.headers()['content-type'], path).toContain('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString(), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
