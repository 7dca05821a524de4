/**
 * The immutable model of a lab: every AWS component kind of the lab format as a record, the lab
 * itself, saved flows and layout. Depends only on {@code dev.vpclab.net}; carries no serialization
 * annotations (see {@code dev.vpclab.format}) and imports no UI toolkit.
 */
package dev.vpclab.model;
