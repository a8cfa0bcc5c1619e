package io.proficio.domain.person;

/**
 * Where a person stands: {@code ACTIVE}; {@code PENDING}, made from an identifier nobody knew yet
 * (an xAPI actor) and waiting to be linked to a known person; {@code MERGED} into another person,
 * kept only so old references resolve.
 */
public enum PersonStatus {
    ACTIVE, PENDING, MERGED
}
