package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesEveryFieldDoublesQuotesAndEndsRowsWithCrlf() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("plain", "with, comma", "say \"hi\"", "two\nlines", ""));
        csv.row(List.of("é – ’"));
        assertEquals(
                "\"plain\",\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\r\n\"é – ’\"\r\n", out.toString());
        assertEquals(
                List.of(List.of("plain", "with, comma", "say \"hi\"", "two\nlines", ""), List.of("é – ’")),
                CsvReading.parse(out.toString()));
    }

    @Test
    void cellsThatExcelWouldRunAsFormulasGetAQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.quote("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", CsvWriter.quote("+1"));
        assertEquals("\"'-2\"", CsvWriter.quote("-2"));
        assertEquals("\"'@SUM(A1)\"", CsvWriter.quote("@SUM(A1)"));
        assertEquals("\"'\tx\"", CsvWriter.quote("\tx"));
        assertEquals("\"a=b\"", CsvWriter.quote("a=b"), "only a leading sign matters");
        assertEquals("\"\"", CsvWriter.quote(null));
    }
}
