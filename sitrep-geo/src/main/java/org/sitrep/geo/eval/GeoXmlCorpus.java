package org.sitrep.geo.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.article.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a geoparsing corpus in the XML in which LGL, GeoVirus, TR-News and GeoWebNews are published with
 * "A Pragmatic Guide to Geoparsing Evaluation" (Gritta et al. 2019): a root of {@code <article>} elements,
 * each with its {@code <text>} (and {@code <title>}, a {@code docid} attribute or a {@code <source>}), and
 * its toponyms as {@code <toponyms><toponym>} (LGL, TR-News, GeoWebNews: {@code <start>}, {@code <end>},
 * {@code <phrase>}, coordinates in {@code <gaztag><lat>/<lon>}) or {@code <locations><location>} (GeoVirus:
 * {@code <name>}, {@code <start>}, {@code <end>}, {@code <lat>}, {@code <lon>}). Offsets count Unicode code
 * points; where {@code text[start:end]} is not the phrase, a shift of up to two characters that makes it so
 * is applied (GeoVirus's offsets are one past the true ones). Toponyms without coordinates (not geocoded in
 * the corpus) are left out, as are those whose phrase cannot be found at their offsets.
 */
public final class GeoXmlCorpus {
    private GeoXmlCorpus() {
    }

    /** The articles of the corpus and how many gold toponyms had to be left out. */
    public record Corpus(List<GoldArticle> articles, int skipped) {
        public Corpus {
            articles = List.copyOf(articles);
        }
    }

    public static List<GoldArticle> read(Path file) throws InputException {
        return readCorpus(file).articles();
    }

    public static Corpus readCorpus(Path file) throws InputException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (var in = Files.newInputStream(file)) {
                doc = b.parse(in);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the corpus: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new InputException(file.toString(), "not well-formed XML: " + e.getMessage(), e);
        }
        NodeList arts = doc.getElementsByTagName("article");
        if (arts.getLength() == 0) {
            throw new InputException(file.toString(), "no <article> elements");
        }
        List<GoldArticle> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = child(a, "text");
            if (text == null) {
                throw new InputException(file + ": article " + (i + 1), "has no <text>");
            }
            String id = a.hasAttribute("docid") ? a.getAttribute("docid") : String.valueOf(i + 1);
            List<GoldToponym> toponyms = new ArrayList<>();
            for (Element t : toponymElements(a)) {
                GoldToponym g = toponym(t, text);
                if (g == null) {
                    skipped++;
                } else {
                    toponyms.add(g);
                }
            }
            out.add(new GoldArticle(id, child(a, "title"), text, toponyms));
        }
        return new Corpus(out, skipped);
    }

    private static List<Element> toponymElements(Element article) {
        List<Element> out = new ArrayList<>();
        for (String tag : new String[] {"toponym", "location"}) {
            NodeList ts = article.getElementsByTagName(tag);
            for (int k = 0; k < ts.getLength(); k++) {
                out.add((Element) ts.item(k));
            }
        }
        return out;
    }

    private static GoldToponym toponym(Element t, String text) {
        String phrase = child(t, "phrase");
        if (phrase == null) {
            phrase = child(t, "name");
        }
        Double lat = number(t, "lat");
        Double lon = number(t, "lon");
        Double start = number(t, "start");
        Double end = number(t, "end");
        if (phrase == null || lat == null || lon == null || start == null || end == null) {
            return null;
        }
        int codePoints = text.codePointCount(0, text.length());
        for (int shift : new int[] {0, -1, 1, -2, 2}) {
            int s = start.intValue() + shift;
            int e = end.intValue() + shift;
            if (s < 0 || e > codePoints || e < s) {
                continue;
            }
            int us = text.offsetByCodePoints(0, s);
            int ue = text.offsetByCodePoints(0, e);
            if (text.substring(us, ue).equals(phrase)) {
                return new GoldToponym(us, ue, phrase, lat, lon);
            }
        }
        return null;
    }

    /** The text of the first descendant element with this tag (a gaztag's lat/lon are found inside it). */
    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        for (int k = 0; k < l.getLength(); k++) {
            Node n = l.item(k);
            if (n.getParentNode() == e || tag.equals("lat") || tag.equals("lon")) {
                return n.getTextContent();
            }
        }
        return null;
    }

    private static Double number(Element e, String tag) {
        String s = child(e, tag);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException x) {
            return null;
        }
    }
}
