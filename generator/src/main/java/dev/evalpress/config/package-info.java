/**
 * Site settings: the optional {@code evalpress.yaml} at the site root (title and description of the site).
 * Later settings — tracked-metric policies, publishing controls — belong here too.
 */
package dev.evalpress.config;
