/**
 * Validation of labs: problems with codes, components, fields and file locations, and the checks
 * of meaning that AWS would refuse (overlapping CIDRs, dangling references, the lab format's
 * {@code validationCodes}). Depends on {@code model}, {@code net} and {@code i18n}.
 */
package dev.vpclab.check;
