package dev.kliping.search;

/**
 * A search the index will not run as asked, because of one of its parameters (named in
 * {@link #parameter()} and at the start of the message): the web answers 400, the CLI exits 2.
 */
public final class SearchRefused extends IllegalArgumentException {
  private final String parameter;

  SearchRefused(String parameter, String reason, Throwable cause) {
    super(parameter + ": " + reason, cause);
    this.parameter = parameter;
  }

  /** The request parameter at fault, as the API names it ("q"). */
  public String parameter() {
    return parameter;
  }
}
