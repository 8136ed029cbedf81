/** {@code sitrep bench serve}: a bounded load benchmark of the HTTP API on loopback over a synthetic store. */
package org.sitrep.server.bench;
