/**
 * Quotes: direct quotations and who said them. The speaker comes from the reporting verb's subject
 * ("Askary stated, ...") or the nearest earlier attribution, resolved to a full name and affiliation.
 */
package org.sitrep.quote;
