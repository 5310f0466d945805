/**
 * The page and the cursor that flows content down it: A4 in millimetres, margins, and the
 * rule that content which does not fit starts a new page.
 */
import type { jsPDF } from 'jspdf';

export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 20,
  top: 24,
  bottom: 22,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

export const INK = [33, 37, 41] as const;
export const MUTED = [84, 89, 95] as const;
export const ACCENT = [0, 82, 120] as const;
export const RULE = [200, 204, 208] as const;

/** Millimetres per point, for line heights from font sizes. */
export const PT = 0.3528;

export class Cursor {
  y: number = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  /** Starts a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height > CONTENT_BOTTOM) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }
}
