package dev.kliping.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plain (non-unique) index dropped for a bulk load and made again afterwards, as the schema
 * had it: its name, table and columns in order, read from the driver's metadata, so a migration
 * that changes or removes the index is followed rather than undone.
 */
record DeferredIndex(String name, String table, List<String> columns) {

  DeferredIndex {
    columns = List.copyOf(columns);
  }

  /** Drops those of the named indexes (per table, any case) that exist; answers what it dropped. */
  static List<DeferredIndex> drop(Connection c, Map<String, Set<String>> names)
      throws SQLException {
    List<DeferredIndex> dropped = new ArrayList<>();
    for (Map.Entry<String, Set<String>> table : names.entrySet()) {
      for (DeferredIndex index : plainIndexes(c.getMetaData(), table.getKey())) {
        if (table.getValue().contains(index.name().toLowerCase(Locale.ROOT))) {
          try (PreparedStatement ps = c.prepareStatement("DROP INDEX " + index.name())) {
            ps.execute();
          }
          dropped.add(index);
        }
      }
    }
    return dropped;
  }

  /** Makes the index again. */
  void create(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("CREATE INDEX " + name + " ON " + table + " ("
        + String.join(", ", columns) + ")")) {
      ps.execute();
    }
  }

  /** The table's non-unique indexes with their columns; the name as the database spells it. */
  private static List<DeferredIndex> plainIndexes(DatabaseMetaData meta, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
    for (String spelled : Set.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = meta.getIndexInfo(null, null, spelled, false, false)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          if (name != null && rs.getBoolean("NON_UNIQUE") && rs.getString("COLUMN_NAME") != null) {
            columns.computeIfAbsent(name, n -> new TreeMap<>())
                .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
          }
        }
      }
    }
    List<DeferredIndex> out = new ArrayList<>();
    columns.forEach((name, cols) -> out.add(new DeferredIndex(name, table,
        new ArrayList<>(cols.values()))));
    return out;
  }
}
