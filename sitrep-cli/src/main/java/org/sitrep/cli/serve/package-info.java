/** {@code sitrep serve} and {@code sitrep bench serve}: start the HTTP server of sitrep-server, and load-test it. */
package org.sitrep.cli.serve;
