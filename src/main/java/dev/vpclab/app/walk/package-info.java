/**
 * The packet walk in the app: the flows dock with live badges, the player that animates a trace on
 * the canvas with its cards and event list, cost, flow logs, compare mode and presentation mode.
 * Tracing runs off the UI thread through {@link dev.vpclab.app.Background}; the view-models hold
 * time and state and are tested without a robot.
 */
package dev.vpclab.app.walk;
