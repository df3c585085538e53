package dev.kliping.archive;

/** The database engine an archive's rows live in. */
public enum Engine {
  /** The embedded file {@code kliping.mv.db} in the archive folder, owned by one process. */
  H2,
  /** A PostgreSQL server, which several processes may share. */
  POSTGRESQL
}
