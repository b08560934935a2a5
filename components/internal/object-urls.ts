/**
 * Object URLs for blobs shown on a page (downloads, image previews), made once per blob and
 * revoked together, so a long call does not keep every received file alive.
 */
export class ObjectUrls {
  private readonly urls = new Map<Blob, string>();

  for(blob: Blob): string {
    let url = this.urls.get(blob);
    if (!url) {
      url = URL.createObjectURL(blob);
      this.urls.set(blob, url);
    }
    return url;
  }

  revokeAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
