package dev.kliping.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Copies an H2 archive's rows into an empty PostgreSQL database: the schema is made there by the
 * same Flyway migrations, every row of the archive's tables is copied with its id, the identity
 * sequences are moved past the highest id, and each table is then read back from both sides and
 * compared by count and by a SHA-256 over its rows in key order. The WARC files stay where they
 * are. Quartz's tables are not copied: the daemon writes its jobs again from the configuration
 * when it starts. All rows are copied in one transaction, so a failed copy leaves the target as
 * the migrations left it.
 */
public final class ArchiveMigration {
  /** Rows per INSERT batch: few round trips, little memory. */
  private static final int BATCH = 500;

  /** One table's figures on both sides; equal counts and hashes mean a faithful copy. */
  public record TableCopy(String table, long sourceRows, String sourceHash, long targetRows,
      String targetHash) {
    public boolean matches() {
      return sourceRows == targetRows && sourceHash.equals(targetHash);
    }
  }

  /** What was copied, table by table, in the order they were copied. */
  public record Result(String target, List<TableCopy> tables) {
    public Result {
      tables = List.copyOf(tables);
    }

    public boolean verified() {
      return tables.stream().allMatch(TableCopy::matches);
    }

    public long rows() {
      return tables.stream().mapToLong(TableCopy::targetRows).sum();
    }
  }

  /** The target database already holds tables: nothing was written to it. */
  public static final class TargetNotEmpty extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TargetNotEmpty(String message) {
      super(message);
    }
  }

  private ArchiveMigration() {}

  /**
   * Copies the open H2 archive's rows into the PostgreSQL database at target, which must exist
   * and hold no tables.
   *
   * @throws TargetNotEmpty when the target holds tables
   * @throws ArchiveException when the source is not H2, the target cannot be reached, or a row
   *     cannot be copied (the target then holds the schema and no rows)
   */
  public static Result copy(Archive source, DatabaseLocation target) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (source.engine() != Engine.H2) {
      throw new ArchiveException("the archive's rows are already in PostgreSQL ("
          + source.databaseName() + "); migrate-archive copies an H2 archive");
    }
    refuseNonEmpty(target);
    try (Database to = Database.openPostgres(target);
        Connection from = source.dataSource().getConnection();
        Connection into = to.dataSource().getConnection()) {
      List<Table> tables = tables(from);
      into.setAutoCommit(false);
      try {
        for (Table t : tables) {
          copyRows(from, into, t);
        }
        advanceSequences(into);
        into.commit();
      } catch (SQLException | RuntimeException e) {
        into.rollback();
        throw e;
      } finally {
        into.setAutoCommit(true);
      }
      List<TableCopy> copies = new ArrayList<>();
      for (Table t : tables) {
        Digest a = digest(from, t);
        Digest b = digest(into, t);
        copies.add(new TableCopy(t.name, a.rows, a.hash, b.rows, b.hash));
      }
      return new Result(target.shown(), copies);
    } catch (SQLException e) {
      throw new ArchiveException("cannot copy the archive's rows to " + target.shown() + ": "
          + e.getMessage(), e);
    }
  }

  /** Refuses a target that holds any table, before anything is written to it. */
  private static void refuseNonEmpty(DatabaseLocation target) {
    Properties login = new Properties();
    if (target.user() != null) {
      login.setProperty("user", target.user());
    }
    if (target.password() != null) {
      login.setProperty("password", target.password());
    }
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(target.url(), login);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = current_schema() ORDER BY table_name")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot connect to the database " + target.shown() + ": "
          + e.getMessage(), e);
    }
    if (!found.isEmpty()) {
      throw new TargetNotEmpty("the database " + target.shown() + " is not empty: it holds "
          + found.size() + " tables (" + String.join(", ", found.subList(0,
              Math.min(5, found.size()))) + (found.size() > 5 ? ", ..." : "") + "); migrate-archive"
          + " copies only into an empty database, so nothing there is overwritten or mixed."
          + " Create a new one (createdb -O USER kliping) or drop this one's tables first");
    }
  }

  /** One of the archive's tables as H2 describes it. */
  private record Table(String name, List<Column> columns, List<String> key,
      Set<String> selfReferences) {}

  private record Column(String name, int type) {}

  /**
   * The archive's tables (not Flyway's history, not Quartz's), parents before children, so
   * every row's foreign keys point at rows copied before it.
   */
  private static List<Table> tables(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Map<String, Table> byName = new LinkedHashMap<>();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema, null, null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (type != null && type.toUpperCase(Locale.ROOT).contains("TABLE")
            && !type.toUpperCase(Locale.ROOT).contains("SYSTEM")
            && !name.startsWith("qrtz_") && !name.equals("flyway_schema_history")) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    names.sort(null);
    for (String raw : names) {
      List<Column> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, raw, null)) {
        while (rs.next()) {
          columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
              rs.getInt("DATA_TYPE")));
        }
      }
      List<String> key = new ArrayList<>();
      Map<Short, String> keyBySeq = new java.util.TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, raw)) {
        while (rs.next()) {
          keyBySeq.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME")
              .toLowerCase(Locale.ROOT));
        }
      }
      key.addAll(keyBySeq.values());
      if (key.isEmpty()) {
        columns.forEach(col -> key.add(col.name()));
      }
      String name = raw.toLowerCase(Locale.ROOT);
      Set<String> self = new LinkedHashSet<>();
      Set<String> from = new LinkedHashSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, raw)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (parent.equals(name)) {
            self.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
          } else {
            from.add(parent);
          }
        }
      }
      byName.put(name, new Table(name, columns, key, self));
      parents.put(name, from);
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < byName.size()) {
      boolean progress = false;
      for (Table t : byName.values()) {
        if (!placed.contains(t.name) && placed.containsAll(parents.get(t.name).stream()
            .filter(byName::containsKey).toList())) {
          ordered.add(t);
          placed.add(t.name);
          progress = true;
        }
      }
      if (!progress) {
        throw new ArchiveException("the archive's tables refer to each other in a cycle: "
            + byName.keySet());
      }
    }
    return ordered;
  }

  /**
   * Copies the table's rows in key order with their ids. Columns that refer to the same table
   * (a revisit to its original capture) are written afterwards, so their order does not matter.
   */
  private static void copyRows(Connection from, Connection into, Table t) throws SQLException {
    String cols = String.join(", ", t.columns.stream().map(Column::name).toList());
    String marks = String.join(", ", t.columns.stream().map(col -> "?").toList());
    List<Object[]> later = new ArrayList<>();
    int[] keyIndex = new int[t.key.size()];
    for (int k = 0; k < keyIndex.length; k++) {
      for (int i = 0; i < t.columns.size(); i++) {
        if (t.columns.get(i).name.equals(t.key.get(k))) {
          keyIndex[k] = i;
        }
      }
    }
    try (Statement s = from.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + t.name + " ORDER BY "
            + String.join(", ", t.key));
        PreparedStatement insert = into.prepareStatement("INSERT INTO " + t.name + " ("
            + cols + ") VALUES (" + marks + ")")) {
      int pending = 0;
      while (rs.next()) {
        for (int i = 0; i < t.columns.size(); i++) {
          Column col = t.columns.get(i);
          Object value = read(rs, i + 1, col.type);
          if (value != null && t.selfReferences.contains(col.name)) {
            later.add(new Object[] {col.name, value, keyValues(rs, t, keyIndex)});
            value = null;
          }
          write(insert, i + 1, col.type, value);
        }
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    for (Object[] ref : later) {
      Object[] keys = (Object[]) ref[2];
      StringBuilder where = new StringBuilder();
      for (String k : t.key) {
        where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?");
      }
      try (PreparedStatement update = into.prepareStatement("UPDATE " + t.name + " SET "
          + ref[0] + " = ? WHERE " + where)) {
        update.setObject(1, ref[1]);
        for (int i = 0; i < keys.length; i++) {
          update.setObject(i + 2, keys[i]);
        }
        update.executeUpdate();
      }
    }
  }

  private static Object[] keyValues(ResultSet rs, Table t, int[] keyIndex)
      throws SQLException {
    Object[] keys = new Object[keyIndex.length];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = read(rs, keyIndex[k] + 1, t.columns.get(keyIndex[k]).type);
    }
    return keys;
  }

  /** Moves each identity column's sequence past the highest id copied, so new rows get new ids. */
  private static void advanceSequences(Connection c) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM"
            + " information_schema.columns WHERE table_schema = current_schema()"
            + " AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      if (id[0].startsWith("qrtz_")) {
        continue;
      }
      try (Statement s = c.createStatement()) {
        s.execute("SELECT setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'),"
            + " (SELECT MAX(" + id[1] + ") FROM " + id[0] + ")) WHERE EXISTS (SELECT 1 FROM "
            + id[0] + ")");
      }
    }
  }

  /** A table's row count and a SHA-256 over its rows in key order, values written canonically. */
  private record Digest(long rows, String hash) {}

  private static Digest digest(Connection c, Table t) throws SQLException {
    MessageDigest sha = sha256();
    long rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + String.join(", ", t.columns.stream()
            .map(Column::name).toList()) + " FROM " + t.name + " ORDER BY "
            + String.join(", ", t.key))) {
      while (rs.next()) {
        rows++;
        for (int i = 0; i < t.columns.size(); i++) {
          Object v = read(rs, i + 1, t.columns.get(i).type);
          String text = v == null ? "\u0000"
              : v instanceof OffsetDateTime odt ? odt.toInstant().toString()
              : v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
              : v.toString();
          sha.update(text.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0x1f);
        }
        sha.update((byte) 0x1e);
      }
    }
    return new Digest(rows, HexFormat.of().formatHex(sha.digest()));
  }

  /** A value read the same way from either engine, by the column's type in H2. */
  private static Object read(ResultSet rs, int i, int type) throws SQLException {
    Object v = switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
      case Types.DATE -> rs.getObject(i, LocalDate.class);
      case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
      case Types.BIGINT -> rs.getLong(i);
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(i);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
      default -> rs.getString(i);
    };
    return rs.wasNull() ? null : v;
  }

  private static void write(PreparedStatement ps, int i, int type, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, switch (type) {
        case Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.BOOLEAN, Types.BIGINT,
            Types.INTEGER, Types.DOUBLE -> type;
        case Types.BIT -> Types.BOOLEAN;
        case Types.SMALLINT, Types.TINYINT -> Types.INTEGER;
        case Types.FLOAT, Types.REAL -> Types.DOUBLE;
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Types.BINARY;
        default -> Types.VARCHAR;
      });
    } else if (v instanceof byte[] bytes) {
      ps.setBytes(i, bytes);
    } else {
      ps.setObject(i, v);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
