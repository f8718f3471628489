import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { drawPicture, type Picture } from './pixels.js';

/** `<canvas ${picture(p)}>`: draws `p` on the canvas, again only when `p` is another picture. */
class PictureDirective extends Directive {
  private drawn: Picture | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('picture() belongs on a <canvas>.');
  }

  render(_picture: Picture | undefined) {
    return nothing;
  }

  override update(part: ElementPart, [picture]: [Picture | undefined]) {
    if (picture && picture !== this.drawn) {
      drawPicture(part.element as HTMLCanvasElement, picture);
      this.drawn = picture;
    }
    return nothing;
  }
}

export const picture = directive(PictureDirective);
