/**
 * Exports of a lab's diagram: SVG, PNG, PDF and draw.io, each an {@link dev.vpclab.export.Exporter}
 * with one {@link dev.vpclab.export.ExportOptions} record and a {@link
 * dev.vpclab.export.ExportProgress} callback. SVG, PNG and PDF are painted by the canvas's own
 * {@link dev.vpclab.paint.DiagramPainter} through a {@link dev.vpclab.paint.DrawingSurface}, so
 * they look like the screen. Runs headless: it may use java.awt (Java2D into images, PDFBox), never
 * JavaFX or Swing.
 */
package dev.vpclab.export;
