package dev.kliping.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.LongRangeDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Translates a {@link SearchQuery} into a Lucene query: the text scores, filters only filter. */
final class LuceneQueries {
  /**
   * One field for every word: the title's words are in it twice, so a title match counts twice
   * a body match (a story about a word usually names it there), and a word is one posting list,
   * not one per field merged for every match.
   */
  private static final Map<String, Float> WEIGHTS = Map.of(Fields.TEXT, 1f);

  private static final int OPERATORS = SimpleQueryParser.WHITESPACE_OPERATOR
      | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.NOT_OPERATOR
      | SimpleQueryParser.OR_OPERATOR;

  private final Analyzer analyzer;

  LuceneQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The text as the scoring clause and each filter as one non-scoring clause: a filter is a field
   * of the document and a query on it, so Lucene intersects them in the index, leading with the
   * rarest, and never filters hits afterwards.
   */
  Query of(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text(q.text()), Occur.MUST);
    if (q.outlet() != null && !q.outlet().isBlank()) {
      b.add(new TermQuery(new Term(Fields.OUTLET, q.outlet().strip())), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      String field = q.dateField() == SearchQuery.DateField.PUBLISHED
          ? Fields.PUBLISHED : Fields.CAPTURED;
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
      b.add(between(field, from, to), Occur.FILTER);
    }
    if (q.author() != null && !q.author().isBlank()) {
      Query author = new QueryBuilder(analyzer).createPhraseQuery(Fields.AUTHORS, q.author());
      b.add(author == null ? new MatchNoDocsQuery("no words in the author") : author,
          Occur.FILTER);
    }
    if (q.changedOnly()) {
      b.add(yes(Fields.CHANGED), Occur.FILTER);
    }
    if (q.substantiveOnly()) {
      b.add(yes(Fields.SUBSTANTIVE), Occur.FILTER);
    }
    if (q.correctionsOnly()) {
      b.add(yes(Fields.CORRECTION), Occur.FILTER);
    }
    if (q.asOf() != null) {
      b.add(liveAt(q.asOf()), Occur.FILTER);
    } else if (!q.allVersions()) {
      b.add(yes(Fields.LATEST), Occur.FILTER);
    }
    return b.build();
  }

  private static Query yes(String flag) {
    return new TermQuery(new Term(flag, Fields.YES));
  }

  /**
   * A range of a moment indexed as a point and as doc values: Lucene walks the points when the
   * range is the most selective clause, and checks the doc values of the few candidates when
   * another clause (rare words) leads.
   */
  private static Query between(String field, long from, long to) {
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
        NumericDocValuesField.newSlowRangeQuery(field, from, to));
  }

  /**
   * Words, "phrases", -not, a|b; AND by default, as researchers expect a narrowing search. Only
   * these operators: Lucene's fuzzy ({@code ~}), prefix ({@code *}), slop, precedence and escape
   * operators expand one word into thousands of terms, so their characters stay plain text, which
   * the analyzer drops like other punctuation.
   */
  Query text(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new PairedPhrases(analyzer, WEIGHTS, OPERATORS);
    parser.setDefaultOperator(Occur.MUST);
    Query parsed;
    try {
      parsed = parser.parse(text);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    }
    // Text made only of stop words ("yang dan") parses to nothing: it matches nothing.
    return parsed == null ? new MatchNoDocsQuery("only stop words: " + text) : parsed;
  }

  /**
   * True when three or more clauses with words must all match (required words or phrases; an
   * exclusion names no word a version must hold): Lucene then scores each match in step across
   * them, and skipping the versions whose score cannot reach the top (block-max) costs more than
   * it saves. With one or two such clauses it skips well: at 1,000,000 versions, CPU per search
   * on one thread, "Korea Utara" 24 ms scoring every match against 10 ms skipping (and 1 ms to
   * count the matches apart), a three-word phrase 54 against 18, while three words took 42
   * against 43 and four 34 against 38. One word, words joined by | and exclusions skip as well.
   */
  boolean scoredInStep(String text) {
    Query parsed = text(text);
    if (!(parsed instanceof BooleanQuery b)) {
      return false;
    }
    long required = b.clauses().stream()
        .filter(c -> c.getOccur() == Occur.MUST && holdsWords(c.getQuery())).count();
    return required > 2;
  }

  /** True when a version must hold a word of q to match it: a word or phrase, not -word. */
  private static boolean holdsWords(Query q) {
    boolean[] words = {false};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        words[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return words[0];
  }

  /** The refusal of a query with more clauses than Lucene runs in one search. */
  static SearchRefused tooManyClauses(RuntimeException e) {
    return new SearchRefused("q", "too many words and operators for one search (at most "
        + IndexSearcher.getMaxClauseCount() + " clauses; each word, phrase or exclusion is one)", e);
  }

  /**
   * The parser with a phrase's adjacent words looked up as the pairs the index holds: a phrase of
   * two adjacent words is the one term of their pair; a longer phrase keeps its check of
   * positions, but only among the versions that hold all its pairs, which are far fewer than
   * those holding all its words. Matches are the same: a version holds the phrase's words at
   * adjacent positions exactly when it holds their pair. Words with a dropped stop word between
   * them ("kerja dan sama") form no pair and are checked by position as before.
   */
  private static final class PairedPhrases extends SimpleQueryParser {
    PairedPhrases(Analyzer analyzer, Map<String, Float> weights, int flags) {
      super(analyzer, weights, flags);
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      Query q = super.newPhraseQuery(text, slop);
      if (!(q instanceof PhraseQuery phrase) || phrase.getSlop() != 0) {
        return q;
      }
      Term[] terms = phrase.getTerms();
      int[] positions = phrase.getPositions();
      List<Query> pairs = new ArrayList<>();
      for (int i = 1; i < terms.length; i++) {
        if (positions[i] - positions[i - 1] == 1) {
          pairs.add(new TermQuery(new Term(terms[i].field(),
              terms[i - 1].text() + Analyzers.PAIR_SEPARATOR + terms[i].text())));
        }
      }
      if (terms.length == 2 && pairs.size() == 1) {
        return pairs.get(0);
      }
      if (pairs.isEmpty()) {
        return q;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
      pairs.forEach(pair -> b.add(pair, Occur.FILTER));
      return b.build();
    }
  }

  /** The versions captured at or before t whose successor, if any, came after t. */
  private static Query liveAt(Instant t) {
    long[] at = {t.toEpochMilli()};
    return new IndexOrDocValuesQuery(LongRange.newIntersectsQuery(Fields.LIVE, at, at),
        LongRangeDocValuesField.newSlowIntersectsQuery(Fields.LIVE, at, at));
  }
}
