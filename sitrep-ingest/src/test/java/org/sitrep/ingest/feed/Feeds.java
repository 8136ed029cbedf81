package org.sitrep.ingest.feed;

/** Feed and page documents for the tests, written out by hand in each format. */
public final class Feeds {
    private Feeds() {
    }

    /** An RSS 2.0 item; {@code encoded} (content:encoded) may be null. */
    public static String rssItem(String title, String link, String pubDate, String description, String encoded) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + "<pubDate>" + pubDate + "</pubDate><description>" + description + "</description>"
                + (encoded == null ? "" : "<content:encoded><![CDATA[" + encoded + "]]></content:encoded>") + "</item>";
    }

    public static String rss(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + title
                + "</title><link>http://news.example/</link><description>News</description>"
                + String.join("", items) + "</channel></rss>";
    }

    /** An RSS 0.91 feed (no dates, no namespaces). */
    public static String rss091(String title, String itemTitle, String link) {
        return "<?xml version=\"1.0\"?>\n<rss version=\"0.91\"><channel><title>" + title + "</title>"
                + "<link>http://news.example/</link><description>News</description><language>en</language>"
                + "<item><title>" + itemTitle + "</title><link>" + link + "</link><description>d</description></item>"
                + "</channel></rss>";
    }

    public static String atom(String title, String entryTitle, String link, String updated, String content) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title
                + "</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id><updated>" + updated + "</updated>"
                + "<entry><title>" + entryTitle + "</title><link href=\"" + link + "\"/><id>" + link + "</id>"
                + "<updated>" + updated + "</updated><published>" + updated + "</published>"
                + "<summary>Summary.</summary>"
                + (content == null ? "" : "<content type=\"html\"><![CDATA[" + content + "]]></content>")
                + "</entry></feed>";
    }

    /** A news page with chrome around the article. */
    public static String page(String headline, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>" + headline + " | Wire</title></head>"
                + "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>" + headline + "</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><footer>Copyright Wire 2024. All rights reserved.</footer></body></html>").toString();
    }
}
