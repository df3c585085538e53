package dev.kliping.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;

/** Reads the entry links of an RSS or Atom feed. Pure: bytes in, links out. */
public final class FeedLinks {

  /**
   * @return the links of the feed's entries in feed order
   * @throws IllegalArgumentException when the bytes are not a feed, with the parser's reason
   */
  public List<String> links(byte[] feed, String feedUrl) {
    SyndFeedInput input = new SyndFeedInput();
    // Feeds are untrusted input: no DTDs, no external entities.
    input.setAllowDoctypes(false);
    SyndFeed parsed;
    try {
      InputSource source = new InputSource(new ByteArrayInputStream(feed));
      source.setSystemId(feedUrl);
      parsed = input.build(source);
    } catch (FeedException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a feed: " + e.getMessage(), e);
    }
    List<String> links = new ArrayList<>();
    for (SyndEntry entry : parsed.getEntries()) {
      if (entry.getLink() != null) {
        links.add(entry.getLink());
      }
      for (SyndLink link : entry.getLinks()) {
        if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
          links.add(link.getHref());
        }
      }
    }
    return links;
  }

}
