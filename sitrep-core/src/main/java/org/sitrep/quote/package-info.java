/**
 * Quotes: direct quotations and who said them. The speaker comes from the reporting verb's subject
 * ("Askary stated, ...") or "according to X" next to the quote, or from the previous quote when a
 * quotation goes on without its own verb; speakers are resolved to a full name, affiliation and code.
 */
package org.sitrep.quote;
