/**
 * The packet walk, in plain Java: the animation of a trace as a pure function of time (where the
 * packet is, what is lit, which card is shown), the event list, the one-click fixes of blocked
 * flows as undoable edits, and the live reachability badges of saved flows. Depends on {@code
 * routing}, {@code edit}, {@code model} and {@code i18n}; imports no UI toolkit, so a thin player
 * in the app drives it and tests step time by hand.
 */
package dev.vpclab.walk;
