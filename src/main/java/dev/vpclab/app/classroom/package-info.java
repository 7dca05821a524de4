/**
 * The classroom in presentation mode: the quiz (Q, then 1 to 4), the teacher's script (N) and the
 * laser pointer (hold L).
 */
package dev.vpclab.app.classroom;
