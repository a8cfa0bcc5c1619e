package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.ActivityRepository;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.StartupMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link ActivityRepository} on plain JDBC, in the statements' transaction. A new activity is
 * inserted unless present: PostgreSQL's {@code ON CONFLICT DO NOTHING} waits for a concurrent
 * insert of the same key and then does nothing; H2 waits the same way and then reports the
 * duplicate key (SQLSTATE 23505), which fails only that statement, not the transaction.
 */
@ApplicationScoped
public class JdbcActivityRepository implements ActivityRepository {

    private static final String COLUMNS = "SELECT activity_id, definition_json, updated_at FROM xapi_activity"
            + " WHERE tenant_id = ? AND activity_key";
    private static final String INSERT = "INSERT INTO xapi_activity (tenant_id, activity_key, activity_id,"
            + " definition_json, updated_at) VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE xapi_activity SET definition_json = ?, updated_at = ?"
            + " WHERE tenant_id = ? AND activity_key = ?";
    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;

    @Override
    public Optional<XapiActivity> find(TenantId tenantId, String activityId) {
        return findAll(tenantId, List.of(activityId)).stream().findFirst();
    }

    @Override
    public List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds) {
        List<String> keys = activityIds.stream().map(XapiActivity::keyOf).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        String sql = COLUMNS + " IN (" + String.join(", ", keys.stream().map(key -> "?").toList()) + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, tenantId.value());
            for (int i = 0; i < keys.size(); i++) {
                select.setString(i + 2, keys.get(i));
            }
            return read(tenantId, select);
        } catch (SQLException e) {
            throw new PersistenceException("The activities could not be read", e);
        }
    }

    @Override
    public boolean addIfAbsent(XapiActivity activity) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            try (PreparedStatement insert = connection.prepareStatement(
                    postgres ? INSERT + " ON CONFLICT (tenant_id, activity_key) DO NOTHING" : INSERT)) {
                insert.setString(1, activity.tenantId().value());
                insert.setString(2, activity.key());
                insert.setString(3, activity.activityId());
                insert.setString(4, activity.definitionJson());
                insert.setObject(5, OffsetDateTime.ofInstant(activity.updatedAt(), ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!postgres && DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("The activity could not be stored", e);
        }
    }

    @Override
    public Optional<XapiActivity> lock(TenantId tenantId, String activityId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + " = ? FOR UPDATE")) {
            select.setString(1, tenantId.value());
            select.setString(2, XapiActivity.keyOf(activityId));
            return read(tenantId, select).stream().findFirst();
        } catch (SQLException e) {
            throw new PersistenceException("The activity could not be locked", e);
        }
    }

    @Override
    public void redefine(XapiActivity activity) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, activity.definitionJson());
            update.setObject(2, OffsetDateTime.ofInstant(activity.updatedAt(), ZoneOffset.UTC));
            update.setString(3, activity.tenantId().value());
            update.setString(4, activity.key());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The activity could not be stored", e);
        }
    }

    private static List<XapiActivity> read(TenantId tenantId, PreparedStatement select) throws SQLException {
        List<XapiActivity> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new XapiActivity(tenantId, rows.getString(1), rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant()));
            }
        }
        return found;
    }
}
