package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date form of OUTLETS.md, and the month and zone names, read by {@link DateParser}. */
class DateParserTest {

  private final DateParser parser = new DateParser(ZoneOffset.ofHours(7));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "SENIN, 22 APRIL 2024 | 11:36 WIB;          2024-04-22T11:36+07:00",
      "• Senin, 27 Desember 2021, 12:39 WIB;      2021-12-27T12:39+07:00",
      "08 Desember 2021 07:06;                    2021-12-08T07:06+07:00",
      "20 June 2024 08:46;                        2024-06-20T08:46+07:00",
      "12 November 2024, 14:15 WIB;               2024-11-12T14:15+07:00",
      "Senin 23-02-2026,17:18 WIB;                2026-02-23T17:18+07:00",
      "Selasa , 18 Feb 2025 - 20:41;              2025-02-18T20:41+07:00",
      "2026-02-23 17:18:45;                       2026-02-23T17:18:45+07:00",
      "2024-06-20T08:46:00+09:00;                 2024-06-20T08:46+09:00",
      "12 November 2024, 14:15 WITA;              2024-11-12T14:15+08:00",
      "12 November 2024, 14:15 WIT;               2024-11-12T14:15+09:00",
      "Kamis, 1 Januari 2026;                     2026-01-01T00:00+07:00",
      "3 Februari 2025 09:00;                     2025-02-03T09:00+07:00",
      "3 Pebruari 2025;                           2025-02-03T00:00+07:00",
      "17 Agustus 2024 10:00;                     2024-08-17T10:00+07:00",
      "17 Agu 2024;                               2024-08-17T00:00+07:00",
      "17 Agt 2024;                               2024-08-17T00:00+07:00",
      "5 Okt 2023 14:00 WIB;                      2023-10-05T14:00+07:00",
      "25 Des 2023;                               2023-12-25T00:00+07:00",
      "1 Mei 2024;                                2024-05-01T00:00+07:00",
      "November 19, 2019 6:30 PM;                 2019-11-19T18:30+07:00",
      "Tue, Nov 19, 2019;                         2019-11-19T00:00+07:00",
      "5 October 2023;                            2023-10-05T00:00+07:00",
      "Diperbarui 20/06/2024 08:46;               2024-06-20T08:46+07:00",
  })
  void readsTheDate(String text, String expected) {
    assertEquals(OffsetDateTime.parse(expected), parser.parse(text).orElse(null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Pada Rabu (20/6) Putin tiba di Pyongyang.;   2024;  2024-06-20T00:00+07:00",
      "Selasa (12/11/2024) pagi, rapat dimulai.;    ;      2024-11-12T00:00+07:00",
      "Jumat (1/3/24) sore;                         ;      2024-03-01T00:00+07:00",
  })
  void readsADateInRunningText(String text, Integer year, String expected) {
    assertEquals(OffsetDateTime.parse(expected), parser.parseInText(text, year).orElse(null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Putin tiba pada Rabu.",
      "31 Februari 2024",
      "harga naik 12 persen",
      "Rabu (20/6)",
  })
  void findsNoDateWhereThereIsNone(String text) {
    assertEquals(null, parser.parse(text).orElse(null));
  }
}
