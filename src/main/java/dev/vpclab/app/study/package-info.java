/**
 * The study features of the app: the challenge browser and panel, their view-model, progress kept
 * in the preferences, and the comparison card window. Builds on {@code dev.vpclab.study} (the
 * challenges and the grader) and on the main window of {@code dev.vpclab.app}.
 */
package dev.vpclab.app.study;
