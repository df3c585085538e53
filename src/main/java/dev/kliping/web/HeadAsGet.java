package dev.kliping.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Answers HEAD exactly as GET: same handler, status and headers, no body (Jetty drops the body of
 * a HEAD response). Javalin on its own answers HEAD with an empty 200 whenever a GET route exists,
 * so a HEAD said "fine" where the GET said 400 or 404. Stateless.
 */
final class HeadAsGet implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
      chain.doFilter(new HttpServletRequestWrapper(http) {
        @Override
        public String getMethod() {
          return "GET";
        }
      }, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
