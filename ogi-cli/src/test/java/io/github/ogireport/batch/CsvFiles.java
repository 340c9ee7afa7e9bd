package io.github.ogireport.batch;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the batch's CSV files in tests: the header (without a BOM) and the rows as maps. */
public final class CsvFiles {
    private CsvFiles() {
    }

    /** All records, the header first, its BOM removed. */
    public static List<String[]> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = Csv.reader(r)) {
            List<String[]> rows = new ArrayList<>(csv.readAll());
            if (!rows.isEmpty()) {
                Csv.stripBom(rows.get(0));
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    /** The data rows as maps from column name to value. */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        List<String[]> all = read(file);
        String[] header = all.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (String[] row : all.subList(1, all.size())) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], i < row.length ? row[i] : null);
            }
            out.add(m);
        }
        return out;
    }
}
