/**
 * Painting a lab's diagram through a narrow drawing interface ({@link
 * dev.vpclab.paint.DrawingSurface}), so that the screen and every export (SVG, PNG, PDF) share one
 * painter, and the viewport arithmetic of the canvas. Plain Java: imports no JavaFX.
 */
package dev.vpclab.paint;
