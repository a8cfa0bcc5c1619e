package io.proficio.domain.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named secret of the installation (e.g. the key that signs page sessions), stored sealed. */
@Entity
@Table(name = "app_secret")
public class AppSecret {

    @Id
    private String name;
    @Column(name = "value_jwe")
    private String valueJwe;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AppSecret() {
    }

    public AppSecret(String name, String valueJwe, Instant createdAt) {
        this.name = name;
        this.valueJwe = valueJwe;
        this.createdAt = createdAt;
    }

    public String valueJwe() {
        return valueJwe;
    }
}
