import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * `<div ${cssVars({ '--x': '10%' })}>`: sets custom properties through the CSSOM. A `style`
 * attribute would be blocked by `style-src-attr` on pages with `default-src 'self'`.
 */
class CssVarsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element.');
  }

  render(_vars: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    return nothing;
  }
}

export const cssVars = directive(CssVarsDirective);
