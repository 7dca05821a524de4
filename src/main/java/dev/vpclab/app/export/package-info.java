/**
 * File > Export and Edit > Copy as Image in the app: the export dialog, its view-model (choices
 * remembered in the preferences, preview and export in the background, atomic writes) and the
 * clipboard copy. The pictures come from {@code dev.vpclab.export}, the same painter as the canvas.
 */
package dev.vpclab.app.export;
