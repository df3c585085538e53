package dev.kliping.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Lends Quartz's job store connections from the archive's own pool. */
final class ArchiveConnections implements ConnectionProvider {
  private final DataSource dataSource;

  ArchiveConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The archive owns the pool and closes it after the scheduler has stopped.
  }

  @Override
  public void initialize() {}
}
