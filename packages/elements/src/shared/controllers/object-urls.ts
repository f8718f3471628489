import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `blob:` URLs its host hands out (a download link): each is revoked after `lifetimeMs`, and all
 * of them when the host leaves the page, so none outlives the element.
 */
export class ObjectUrlController implements ReactiveController {
  private readonly urls = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    host: ReactiveControllerHost,
    private readonly lifetimeMs = 30_000,
  ) {
    host.addController(this);
  }

  /** A URL for `blob`, valid until `lifetimeMs` has passed or the host is removed. */
  create(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.urls.set(
      url,
      setTimeout(() => this.revoke(url), this.lifetimeMs),
    );
    return url;
  }

  /** Offers `blob` as a file download named `filename` (a hidden link clicked inside `parent`). */
  download(blob: Blob, filename: string, parent: Node): void {
    const a = document.createElement('a');
    a.href = this.create(blob);
    a.download = filename;
    a.hidden = true;
    parent.appendChild(a);
    a.click();
    a.remove();
  }

  revoke(url: string): void {
    const timer = this.urls.get(url);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.urls.delete(url);
    URL.revokeObjectURL(url);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const url of [...this.urls.keys()]) this.revoke(url);
  }
}
