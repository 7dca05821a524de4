/**
 * The editing core of the canvas editor, in plain Java: edits as named {@code Lab -> Lab}
 * functions, the undo history of lab snapshots, the selection, AWS-console defaults for new
 * components, containment rules, connections, geometry, hit-testing and automatic layout. Depends
 * on {@code model}, {@code net} and {@code i18n}; imports no UI toolkit, so the same rules serve
 * the app, the command line and the tests.
 */
package dev.vpclab.edit;
