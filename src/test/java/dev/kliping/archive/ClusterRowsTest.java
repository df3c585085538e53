package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cluster's rows on both databases: two nodes claiming due pages at once get different ones
 * (FOR UPDATE SKIP LOCKED), a live lease keeps a page from others and an expired one does not, a
 * host's turn has one holder, and only one node declares a silent node dead.
 */
class ClusterRowsTest {
  private static final Instant T0 = Fixtures.T0;
  private static EmbeddedPostgres postgres;
  @TempDir static Path dir;
  private static JdbcConnectionPool h2;

  @BeforeAll
  static void start() {
    h2 = JdbcConnectionPool.create(Database.url(dir.resolve("kliping")), "sa", "");
    migrate(h2);
    try {
      postgres = EmbeddedPostgres.builder().start();
      migrate(postgres.getPostgresDatabase());
    } catch (IOException | RuntimeException e) {
      postgres = null;
    }
  }

  @AfterAll
  static void stop() throws IOException {
    h2.dispose();
    if (postgres != null) {
      postgres.close();
    }
  }

  private static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .failOnMissingLocations(true).load().migrate();
  }

  private static DataSource source(String engine) {
    if (engine.equals("h2")) {
      return h2;
    }
    // initdb refuses to run as root, and some sandboxes forbid shared memory.
    assumeTrue(postgres != null, "embedded PostgreSQL cannot start here");
    return postgres.getPostgresDatabase();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void nodesClaimingAtOnceGetDifferentPagesAndExpiredLeasesComeBack(String engine)
      throws SQLException {
    DataSource ds = source(engine);
    String outlet = "claims-" + engine;
    try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      for (int i = 0; i < 10; i++) {
        Pages.upsert(a, outlet, "https://claims.test/" + engine + "/" + i, T0);
      }
      a.commit();
      Instant now = T0.plusSeconds(60);
      Instant lease = now.plusSeconds(30);
      // Node a's claim is not yet committed: b skips its rows instead of waiting for them.
      List<Page> first = Pages.claimDue(a, outlet, now, 4, "a", lease);
      List<Page> second = Pages.claimDue(b, outlet, now, 4, "b", lease);
      a.commit();
      b.commit();
      Set<Long> ids = new HashSet<>();
      first.forEach(p -> ids.add(p.id()));
      second.forEach(p -> ids.add(p.id()));
      assertEquals(first.size() + second.size(), ids.size(),
          "no page claimed twice: " + first + " " + second);
      assertEquals(4, first.size());
      if (engine.equals("postgres")) {
        assertEquals(4, second.size(), "b skipped a's locked rows and took the next four");
      }
      // H2 locks after FETCH FIRST, so a claim racing another may come back short; a single H2
      // archive has one process, which never races itself for leases.
      int left = 10 - ids.size();
      // Committed leases hold: only the unclaimed pages are left.
      assertEquals(left, Pages.claimDue(b, outlet, now.plusSeconds(1), 10, "b", lease).size());
      b.commit();
      long held = first.get(0).id();
      assertFalse(Pages.claim(b, held, now.plusSeconds(1), "b", lease), "a holds it");
      b.commit();
      assertTrue(Pages.claim(a, held, now.plusSeconds(1), "a", lease), "a renews its own");
      a.commit();
      // a died: once its leases run out, b takes its pages (and its own expired ones).
      Instant later = lease.plusSeconds(1);
      List<Page> takenOver = Pages.claimDue(b, outlet, later, 10, "b", later.plusSeconds(30));
      b.commit();
      assertEquals(10, takenOver.size());
      assertTrue(takenOver.stream().anyMatch(p -> p.id() == held));
      assertEquals(10, Pages.release(b, "b"));
      b.commit();
      // A visit booking the next fetch ends the lease; the page is not due until then.
      Pages.schedule(a, held, later.plusSeconds(600));
      a.commit();
      assertFalse(Pages.claim(a, held, later.plusSeconds(2), "a", later.plusSeconds(40)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aHostTurnHasOneHolderAndWaitsForItsDelay(String engine) throws SQLException {
    DataSource ds = source(engine);
    String host = engine + ".host.test";
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      HostTurnRows.ensure(c, host);
      assertTrue(HostTurnRows.take(c, host, "a", T0, T0.plusSeconds(30)));
      assertFalse(HostTurnRows.take(c, host, "b", T0.plusSeconds(1), T0.plusSeconds(31)),
          "a holds the host");
      HostTurnRows.give(c, host, "a", T0.plusSeconds(5));
      assertFalse(HostTurnRows.take(c, host, "b", T0.plusSeconds(4), T0.plusSeconds(34)),
          "the host's delay has not passed");
      assertTrue(HostTurnRows.take(c, host, "b", T0.plusSeconds(5), T0.plusSeconds(35)));
      // b died holding the turn: once its hold runs out, a takes the host.
      assertTrue(HostTurnRows.take(c, host, "a", T0.plusSeconds(36), T0.plusSeconds(66)));
      HostTurnRows.give(c, host, "b", T0.plusSeconds(99));
      assertEquals("a", HostTurnRows.find(c, host).orElseThrow().node(),
          "a dead node's late give does not free a turn it lost");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void oneNodeDeclaresASilentNodeDead(String engine) throws SQLException {
    DataSource ds = source(engine);
    String node = "n-" + engine;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      NodeRows.started(c, node, T0);
      NodeRows.checkIn(c, node, T0.plusSeconds(5), "pass kompas");
      assertFalse(NodeRows.stopped(c, node, T0.plusSeconds(6), "dead", T0.plusSeconds(4)),
          "it checked in since");
      assertTrue(NodeRows.stopped(c, node, T0.plusSeconds(30), "dead", T0.plusSeconds(10)));
      assertFalse(NodeRows.stopped(c, node, T0.plusSeconds(31), "dead", T0.plusSeconds(10)),
          "already declared");
      Node row = NodeRows.all(c).stream().filter(n -> n.name().equals(node)).findFirst()
          .orElseThrow();
      assertEquals("dead", row.note());
      NodeRows.started(c, node, T0.plusSeconds(40));
      row = NodeRows.all(c).stream().filter(n -> n.name().equals(node)).findFirst()
          .orElseThrow();
      assertTrue(row.alive(T0.plusSeconds(41), java.time.Duration.ofSeconds(15)));
      long pass = OutletPassRows.start(c, "kompas", node, OutletPass.PASS, T0);
      OutletPassRows.end(c, pass, T0.plusSeconds(9));
      assertTrue(OutletPassRows.all(c).stream().anyMatch(p -> p.id() == pass
          && T0.plusSeconds(9).equals(p.endedAt())));
    }
  }
}
