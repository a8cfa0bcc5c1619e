package io.proficio.application.fakes;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;

/**
 * Reads and writes entity fields that have no accessor, as JPA does: several entities keep their
 * tenant column without a getter (the queries filter on it), and some are only ever built by the
 * persistence layer (a statement row written over JDBC, a queue entry).
 */
final class EntityFields {

    private EntityFields() {
    }

    /** The entity's {@code tenantId} column. */
    static String tenantId(Object entity) {
        return (String) get(entity, "tenantId");
    }

    static Object get(Object entity, String name) {
        try {
            return field(entity.getClass(), name).get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object entity, String name, Object value) {
        try {
            field(entity.getClass(), name).set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity made through its no-argument constructor, as JPA makes one for a row read. */
    static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
    }
}
