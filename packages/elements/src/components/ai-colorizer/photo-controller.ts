import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Picture } from './pixels.js';

/** The photo the visitor chose, as decoded by the browser, and its name. */
export interface Photo {
  picture: Picture;
  name: string;
}

/**
 * Holds the chosen photo: a new one replaces (and frees) the previous one, and removing the
 * element frees it. A decoded `ImageBitmap` keeps its pixels outside JS memory until closed.
 */
export class PhotoController implements ReactiveController {
  photo: Photo | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  set(photo: Photo | undefined): void {
    if (this.photo === photo) return;
    free(this.photo);
    this.photo = photo;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.set(undefined);
  }
}

function free(photo: Photo | undefined): void {
  if (photo && 'close' in photo.picture) photo.picture.close();
}
