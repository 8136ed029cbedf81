/**
 * Output: a coded article as the contract's JSON object (docs/document.schema.json) or as a table for
 * people. Decides nothing about content; only how it is written.
 */
package org.sitrep.output;
