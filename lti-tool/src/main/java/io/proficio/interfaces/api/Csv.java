package io.proficio.interfaces.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** CSV downloads (RFC 4180), safe to open in a spreadsheet. */
final class Csv {

    private Csv() {
    }

    static Response download(String filename, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and with a
     * leading apostrophe when it would start a spreadsheet formula (=, +, -, @), since names come
     * from outside.
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
