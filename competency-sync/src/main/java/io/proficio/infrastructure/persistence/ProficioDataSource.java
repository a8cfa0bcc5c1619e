package io.proficio.infrastructure.persistence;

import io.proficio.infrastructure.config.ProficioSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class behind Payara's connection pool. It reads the database settings itself,
 * so one {@code @DataSourceDefinition} serves both the embedded H2 database (no
 * {@code PROFICIO_DB_URL}) and PostgreSQL, the driver chosen by the URL. The pool calls
 * {@link #getConnection()} to open each physical connection.
 */
public class ProficioDataSource implements DataSource {

    private volatile Connector connector;
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Connector(Driver driver, String url, Properties credentials) {
        Connection connect() throws SQLException {
            Connection connection = driver.connect(url, credentials);
            if (connection == null) {
                throw new SQLException("The JDBC driver " + driver.getClass().getName() + " does not accept " + url);
            }
            return connection;
        }
    }

    private Connector connector() throws SQLException {
        Connector current = connector;
        if (current == null) {
            ProficioSettings settings = ProficioSettings.current();
            String url = settings.jdbcUrl();
            String driverClass = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver";
            try {
                Driver driver = (Driver) Class.forName(driverClass, true, ProficioDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
                Properties credentials = new Properties();
                credentials.setProperty("user", settings.jdbcUser());
                credentials.setProperty("password", settings.dbPassword());
                if (url.startsWith("jdbc:postgresql:")) {
                    // Pooled connections keep their prepared statements for their whole life. PostgreSQL
                    // would otherwise switch each to a generic plan after five runs, one costed while the
                    // tables were still small (a sequential scan of what later holds millions of rows).
                    credentials.setProperty("options", "-c plan_cache_mode=force_custom_plan");
                    // JDBC batches of inserts (statements, evidence) go as multi-row INSERTs: one round trip.
                    credentials.setProperty("reWriteBatchedInserts", "true");
                }
                current = new Connector(driver, url, credentials);
                connector = current;
            } catch (ReflectiveOperationException e) {
                throw new SQLException("The JDBC driver " + driverClass + " is not available", e);
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connector().connect();
    }

    /** The pool may pass credentials; Proficio's own settings decide them. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
