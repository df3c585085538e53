package dev.kliping.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kliping.archive.Capture;
import dev.kliping.archive.PageHistory;
import java.util.List;

/** A page as the API shows it: its history (versions, oldest first) and every fetch of it. */
public record PageView(@JsonUnwrapped PageHistory page, List<Capture> captures) {

  public PageView {
    captures = List.copyOf(captures);
  }
}
