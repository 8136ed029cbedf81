package org.sitrep.ingest.feed;

/**
 * What a fetch returned.
 *
 * @param url          the URL finally answered (after redirects)
 * @param status       the HTTP status: 2xx, or 304 for a conditional GET that found nothing new
 * @param body         the body with any gzip encoding undone (empty for a 304)
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record FetchResponse(String url, int status, byte[] body, String contentType, String etag,
                            String lastModified) {
    public boolean notModified() {
        return status == 304;
    }

    /** The charset parameter of the Content-Type, or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }
}
