/**
 * Localizable messages of the core (English and Korean resource bundles). Depends only on the JDK.
 */
package dev.vpclab.i18n;
