import { KlasLabError } from '@klaslab/core';
import { SAMPLES, type Sample } from './samples.js';

/**
 * The sample photos' files, downloaded once per element. While the model loads they are fetched
 * ahead of the click (three small JPEGs the sample buttons already show, so mostly from the HTTP
 * cache): a click then waits for no network round trip.
 */
export class SampleFiles {
  private readonly files = new Map<string, Promise<Blob>>();

  /** The sample's file; a download that failed is tried again on the next call. */
  get(sample: Sample, base: string): Promise<Blob> {
    const url = new URL(sample.file, base).href;
    let file = this.files.get(url);
    if (!file) {
      file = download(url);
      this.files.set(url, file);
      file.catch(() => this.files.delete(url));
    }
    return file;
  }

  /** Starts downloading every sample; failures are left for the click to report. */
  prefetch(base: string): void {
    for (const sample of SAMPLES) this.get(sample, base).catch(() => {});
  }
}

async function download(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new KlasLabError('IMAGE_NOT_FOUND', `HTTP ${response.status}`, {
      details: { file: url },
    });
  }
  return response.blob();
}
