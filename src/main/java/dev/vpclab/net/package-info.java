/**
 * Network value types: addresses, CIDR blocks, port ranges and protocols. Depends on nothing but
 * the JDK.
 */
package dev.vpclab.net;
