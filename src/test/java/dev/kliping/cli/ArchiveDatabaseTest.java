package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.DatabaseLocation;
import dev.kliping.config.DatabaseSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which database a command opens: --database over the config, the password from the env. */
class ArchiveDatabaseTest {
  private static final Map<String, String> ENV =
      Map.of(DatabaseSettings.PASSWORD_VARIABLE, "s3cret");

  @Test
  void withoutAUrlTheRowsStayInH2() {
    assertNull(ArchiveDatabase.location(null, DatabaseSettings.DEFAULTS, ENV::get));
  }

  @Test
  void theOptionWinsOverTheConfigAndKeepsItsUserAndTheEnvironmentsPassword() {
    DatabaseLocation at = ArchiveDatabase.location("jdbc:postgresql://db.example/other",
        new DatabaseSettings("jdbc:postgresql://db.example/kliping", "kliping"), ENV::get);
    assertEquals("jdbc:postgresql://db.example/other", at.url());
    assertEquals("kliping", at.user());
    assertEquals("s3cret", at.password());
    assertFalse(at.toString().contains("s3cret"), at.toString());
  }

  @Test
  void theConfigsUrlIsUsedWithoutTheOption() {
    DatabaseLocation at = ArchiveDatabase.location(null,
        new DatabaseSettings("jdbc:postgresql://db.example/kliping", null), name -> null);
    assertEquals("jdbc:postgresql://db.example/kliping", at.url());
    assertNull(at.user());
    assertNull(at.password());
  }

  @Test
  void aUrlThatIsNotPostgresIsBadUsage() {
    UsageException e = assertThrows(UsageException.class, () -> ArchiveDatabase.location(
        "jdbc:h2:/tmp/x", DatabaseSettings.DEFAULTS, ENV::get));
    assertTrue(e.getMessage().contains("jdbc:postgresql://HOST"), e.getMessage());
  }

  @Test
  void messagesNeverShowTheUrlsParameters() {
    DatabaseLocation at = new DatabaseLocation(
        "jdbc:postgresql://db.example/kliping?user=k&password=p4ss", null, null);
    assertEquals("jdbc:postgresql://db.example/kliping", at.shown());
    assertFalse(at.toString().contains("p4ss"));
  }
}
