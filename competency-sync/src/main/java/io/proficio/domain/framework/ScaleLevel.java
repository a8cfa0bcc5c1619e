package io.proficio.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One level of a proficiency scale: its number (1 is the lowest), label and descriptor.
 * An embeddable class, since JPA 3.1 has no record embeddables.
 */
@Embeddable
public class ScaleLevel {

    @Column(name = "level_number")
    private int number;
    private String label;
    private String descriptor;

    protected ScaleLevel() {
    }

    /**
     * @param descriptor what a person at this level does, may be null
     */
    public ScaleLevel(int number, String label, String descriptor) {
        this.number = number;
        this.label = label;
        this.descriptor = descriptor;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String descriptor() {
        return descriptor;
    }
}
