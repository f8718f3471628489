import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Takes files dropped on, or pasted into, its host: calls `onFile(file, name)` with the first one
 * and keeps `dragging` (for a drop-zone outline) while a file is held over the host.
 */
export class FileDropController implements ReactiveController {
  /** A file is being dragged over the host. */
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFile: (file: File, name: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
    this.host.addEventListener('paste', this.onPaste);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
    this.host.removeEventListener('paste', this.onPaste);
    this.setDragging(false);
  }

  private setDragging(value: boolean): void {
    if (this.dragging === value) return;
    this.dragging = value;
    this.host.requestUpdate();
  }

  private readonly onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  private readonly onDragLeave = () => this.setDragging(false);

  private readonly onDrop = (event: DragEvent) => {
    this.setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.onFile(file, file.name);
  };

  private readonly onPaste = (event: ClipboardEvent) => {
    const item = [...(event.clipboardData?.items ?? [])].find((i) => i.kind === 'file');
    const file = item?.getAsFile();
    if (!file) return;
    event.preventDefault();
    this.onFile(file, file.name || 'pasted');
  };
}
