package io.proficio.domain.framework;

import io.proficio.domain.casepkg.CaseDocument;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A competency framework of one tenant, imported from a CASE CFDocument and identified within the
 * tenant by the document's CASE identifier. The document, definitions and rubrics are kept as
 * received so that an export returns them unchanged.
 */
@Entity
@Table(name = "framework")
public class Framework {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "case_identifier")
    private String caseIdentifier;
    private String title;
    private String uri;
    private String creator;
    private String version;
    @Column(name = "document_json")
    private String documentJson;
    @Column(name = "definitions_json")
    private String definitionsJson;
    @Column(name = "rubrics_json")
    private String rubricsJson;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Framework() {
    }

    public Framework(FrameworkId id, TenantId tenantId, String caseIdentifier, Instant createdAt) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.caseIdentifier = caseIdentifier;
        this.createdAt = createdAt;
    }

    /** Takes the document's properties, and the package's definitions and rubrics, as the current state. */
    public void describe(CaseDocument document, String definitionsJson, String rubricsJson, Instant at) {
        this.title = document.title();
        this.uri = document.uri();
        this.creator = document.creator();
        this.version = document.version();
        this.documentJson = document.json().toString();
        this.definitionsJson = definitionsJson;
        this.rubricsJson = rubricsJson;
        this.updatedAt = at;
    }

    public FrameworkId id() {
        return new FrameworkId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String caseIdentifier() {
        return caseIdentifier;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return uri;
    }

    public String creator() {
        return creator;
    }

    public String version() {
        return version;
    }

    public String documentJson() {
        return documentJson;
    }

    public String definitionsJson() {
        return definitionsJson;
    }

    public String rubricsJson() {
        return rubricsJson;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
