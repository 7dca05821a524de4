/**
 * The classroom, without a user interface: the quiz that stops a packet walk before each decision
 * and asks where the packet goes next, and the teacher's script, a saved sequence of steps (show a
 * flow, make an edit, say a caption) played one key press at a time.
 */
package dev.vpclab.classroom;
