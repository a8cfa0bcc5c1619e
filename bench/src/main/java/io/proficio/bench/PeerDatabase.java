package io.proficio.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A PostgreSQL database a peer keeps its state in, on the server Proficio's own settings name
 * ({@code PROFICIO_DB_URL}, {@code PROFICIO_DB_USER}, {@code PROFICIO_DB_PASSWORD}; without a URL the
 * local {@code 127.0.0.1:5432} as {@code postgres}), so that the peer and Proficio write to the same
 * server. The peer's own driver is given host and port, parsed from the JDBC URL.
 *
 * @param host the server's host
 * @param port the server's port
 * @param name the peer's database
 * @param user not null
 * @param password not null; empty for trust authentication
 */
record PeerDatabase(String host, int port, String name, String user, String password) {

    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    /**
     * @throws IllegalStateException when {@code PROFICIO_DB_URL} names another database than PostgreSQL
     */
    static PeerDatabase fromEnvironment(String name) {
        String url = System.getenv().getOrDefault("PROFICIO_DB_URL", "");
        if (url.isBlank()) {
            url = LOCAL;
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException("The peer keeps its state in PostgreSQL, but PROFICIO_DB_URL is " + url
                    + ": set it to jdbc:postgresql://host:port/database");
        }
        URI server = URI.create(url.substring("jdbc:".length()));
        return new PeerDatabase(server.getHost(), server.getPort() == -1 ? 5432 : server.getPort(), name,
                System.getenv().getOrDefault("PROFICIO_DB_USER", "postgres"),
                System.getenv().getOrDefault("PROFICIO_DB_PASSWORD", ""));
    }

    /** The database of a JDBC URL of PostgreSQL ({@code jdbc:postgresql://host:port/database?…}); empty for another URL. */
    static Optional<String> databaseOf(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path == null || path.length() < 2 ? Optional.empty() : Optional.of(path.substring(1));
    }

    /** Creates the database unless the server has it, through the server's {@code postgres} database. */
    void createIfMissing() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user,
                password)) {
            try (PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (Statement create = admin.createStatement()) {
                // An identifier cannot be a bind parameter; the name is the benchmark's own constant, quoted.
                create.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
            System.out.println("Created the PostgreSQL database " + name + " on " + host + ":" + port);
        }
    }
}
