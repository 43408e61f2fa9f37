import { request } from '../api/client';
import type { Refusal } from '../api/types';

/** The file name a `content-disposition` header gives (the UTF-8 `filename*` first), or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a broken escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return (plain?.[1] ?? plain?.[2] ?? fallback).trim();
}

/**
 * Downloads `path` from the console API as a file, telling `onProgress` how many bytes have come so far; the
 * browser saves it under the server's file name. A refusal (403, 400…) is returned, not thrown.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  onProgress: (bytes: number) => void,
): Promise<{ ok: true; name: string } | { ok: false; error: Refusal }> {
  const answer = await request(path);
  if (!answer.ok) return answer;
  const response = answer.value;
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received);
    }
  }
  const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, name };
}
