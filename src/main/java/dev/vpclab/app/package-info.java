/**
 * The JavaFX desktop app: the window, its view-models (which hold the UI logic and are tested
 * without a robot) and thin views. Depends on every core package; nothing depends on it.
 */
package dev.vpclab.app;
