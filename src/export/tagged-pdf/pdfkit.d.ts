/**
 * The part of pdfkit 0.20's API the tagged PDF uses (the package ships no types). pdfkit writes a
 * structure tree: struct() makes an element, structParent tags text, lists and tables under it.
 */
declare module 'pdfkit' {
  interface StructureElement {
    add(child: StructureElement | (() => void)): StructureElement;
    end(): void;
  }
  interface TextOptions {
    width?: number;
    align?: 'left' | 'right' | 'center' | 'justify';
    lineGap?: number;
    paragraphGap?: number;
    structParent?: StructureElement;
    structType?: string;
    listType?: 'bullet' | 'numbered';
    bulletRadius?: number;
    textIndent?: number;
    bulletIndent?: number;
    indent?: number;
    baseline?: string;
  }
  interface TableCell {
    text: string;
    type?: 'TH' | 'TD';
    font?: { src: string };
    backgroundColor?: string;
  }
  interface TableOptions {
    data: TableCell[][];
    columnStyles?: number[] | ((i: number) => { width?: number | string });
    defaultStyle?: {
      padding?: number | number[];
      border?: number;
      borderColor?: string;
      fontSize?: number;
    };
    structParent?: StructureElement;
    width?: number;
  }
  export default class PDFDocument {
    constructor(options?: Record<string, unknown>);
    page: {
      width: number;
      height: number;
      margins: { top: number; bottom: number; left: number; right: number };
    };
    x: number;
    y: number;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    registerFont(name: string, src: ArrayBuffer | Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(colour: string): this;
    text(text: string, x?: number | TextOptions, y?: number, options?: TextOptions): this;
    list(items: string[], x?: number, y?: number, options?: TextOptions): this;
    table(options: TableOptions): this;
    moveDown(lines?: number): this;
    addPage(): this;
    heightOfString(text: string, options?: TextOptions): number;
    struct(type: string, children?: (() => void) | StructureElement[]): StructureElement;
    struct(
      type: string,
      options: { alt?: string; bbox?: number[]; placement?: string },
      children?: (() => void) | StructureElement[],
    ): StructureElement;
    image(
      src: Uint8Array | ArrayBuffer,
      x?: number,
      y?: number,
      options?: { width?: number; height?: number },
    ): this;
    addStructure(element: StructureElement): this;
    markContent(tag: string, options?: Record<string, unknown>): this;
    endMarkedContent(): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(n: number): this;
    end(): void;
  }
}
