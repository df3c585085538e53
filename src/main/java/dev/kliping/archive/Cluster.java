package dev.kliping.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rows through which the daemons of a cluster share one archive: the node registry (who is
 * alive, doing what), leases on due pages (who visits which), host turns (who may send the next
 * request to a host, and when), and the record of each outlet pass. On an archive owned by one
 * process none of it is used. Thread-safe.
 */
public final class Cluster {
  private final Database db;

  Cluster(Database db) {
    this.db = db;
  }

  /** The node has (re)started now: running, idle. */
  public void started(String node, Instant now) {
    db.inTransaction(c -> {
      NodeRows.started(c, node, now);
      return null;
    });
  }

  /** The node is alive now, doing this (empty when idle). */
  public void checkIn(String node, Instant now, String doing) {
    db.inTransaction(c -> {
      NodeRows.checkIn(c, node, now, doing);
      return null;
    });
  }

  /** The node stopped cleanly now. */
  public void stopped(String node, Instant now) {
    db.inTransaction(c -> NodeRows.stopped(c, node, now, "stopped", null));
  }

  /**
   * Declares the node dead if it has not checked in since {@code silentSince} and nobody did so
   * before; returns whether this call did, so that of the nodes noticing one death only one takes
   * over its files.
   */
  public boolean declareDead(String node, Instant now, Instant silentSince, String note) {
    Objects.requireNonNull(silentSince, "silentSince");
    return db.inTransaction(c -> NodeRows.stopped(c, node, now, note, silentSince));
  }

  /** Every node the archive has seen, by name. */
  public List<Node> nodes() {
    return db.read(NodeRows::all);
  }

  /**
   * Claims up to limit of the outlet's pages due at now for the node until leaseUntil, most
   * overdue first; pages another node holds a live lease on are left to it. Committed at once,
   * so other nodes see the claim.
   */
  public List<Page> claimDue(String outletId, Instant now, int limit, String node,
      Instant leaseUntil) {
    return db.inTransaction(c -> Pages.claimDue(c, outletId, now, limit, node, leaseUntil));
  }

  /** Claims or renews the node's lease on one due page; false when it is not due or not free. */
  public boolean claim(long pageId, Instant now, String node, Instant leaseUntil) {
    return db.inTransaction(c -> Pages.claim(c, pageId, now, node, leaseUntil));
  }

  /**
   * Ends every page lease and host turn the node holds, as it stops or once it is known dead (its
   * visits in flight never committed): the pages and hosts are anyone's again. Returns how many
   * pages.
   */
  public int release(String node) {
    return db.inTransaction(c -> {
      HostTurnRows.release(c, node);
      return Pages.release(c, node);
    });
  }

  /**
   * A host's turn: taken by this call, or else who holds it until when, and when the host's next
   * request may start.
   */
  public record HostTurn(boolean taken, String holder, Instant heldUntil, Instant freeAt) {}

  /** Takes the host's turn for the node if it is free and due by now, held until heldUntil. */
  public HostTurn takeHost(String host, String node, Instant now, Instant heldUntil) {
    // Committed at once, not with the visit asking: the other nodes must see the turn now.
    return db.committedAtOnce(c -> {
      if (HostTurnRows.take(c, host, node, now, heldUntil)) {
        return new HostTurn(true, node, heldUntil, now);
      }
      HostTurnRows.ensure(c, host);
      if (HostTurnRows.take(c, host, node, now, heldUntil)) {
        return new HostTurn(true, node, heldUntil, now);
      }
      HostTurnRows.Turn t = HostTurnRows.find(c, host).orElseThrow();
      return new HostTurn(false, t.node(), t.heldUntil(), t.freeAt());
    });
  }

  /** Gives the node's turn on the host back; its next request may start at freeAt. */
  public void giveHost(String host, String node, Instant freeAt) {
    db.committedAtOnce(c -> {
      HostTurnRows.give(c, host, node, freeAt);
      return null;
    });
  }

  /** Records that the node began a pass (or revisit run) over the outlet; returns its id. */
  public long passStarted(String outletId, String node, String kind, Instant at) {
    return db.inTransaction(c -> OutletPassRows.start(c, outletId, node, kind, at));
  }

  public void passEnded(long passId, Instant at) {
    db.inTransaction(c -> {
      OutletPassRows.end(c, passId, at);
      return null;
    });
  }

  /** Every pass recorded, oldest first. */
  public List<OutletPass> passes() {
    return db.read(OutletPassRows::all);
  }

  /** Every capture that got a response, in the order fetched, with the version it made. */
  public List<Fetched> fetched() {
    return db.read(FetchedRows::all);
  }

  /** Every visit of an article page, in the order made: see {@link PageVisit}. */
  public List<PageVisit> visits() {
    return db.read(FetchedRows::visits);
  }

  /** Every page's due time and lease holder now, by page id. */
  public List<PageDue> dues() {
    return db.read(FetchedRows::dues);
  }

  /** What a node holds now: page leases and host turns. A node that stopped cleanly holds none. */
  public record Held(int pageLeases, int hostTurns) {}

  public Held held(String node) {
    Objects.requireNonNull(node, "node");
    return db.read(c -> new Held(FetchedRows.held(c, node, false),
        FetchedRows.held(c, node, true)));
  }
}
