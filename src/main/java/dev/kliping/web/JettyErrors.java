package dev.kliping.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's answer to requests it rejects before Javalin sees them (a malformed URI, a bad header):
 * the same security headers and a bare text body instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowServlet(false);
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    SecurityHeaders.apply(response);
    response.setContentType("text/plain; charset=utf-8");
    response.getWriter().print("error " + response.getStatus());
    baseRequest.setHandled(true);
  }

  /** Requests so malformed that Jetty answers them from its parser, before any handler. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    return BufferUtil.toBuffer("error " + status, StandardCharsets.UTF_8);
  }
}
