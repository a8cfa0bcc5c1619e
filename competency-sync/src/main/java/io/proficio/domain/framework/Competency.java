package io.proficio.domain.framework;

import io.proficio.domain.casepkg.CaseItem;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One CFItem of a framework. Its Proficio id never changes once given: a re-import finds it by its
 * CASE identifier and updates it. An item that a later import no longer contains is retired (kept,
 * so evidence, alignments and role stages that name it stay valid) and comes back if a later
 * import names it again.
 */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "framework_id")
    private String frameworkId;
    @Column(name = "case_identifier")
    private String caseIdentifier;
    private int position;
    @Column(name = "full_statement")
    private String fullStatement;
    @Column(name = "abbreviated_statement")
    private String abbreviatedStatement;
    @Column(name = "human_coding_scheme")
    private String humanCodingScheme;
    @Column(name = "item_type")
    private String itemType;
    @Column(name = "list_enumeration")
    private String listEnumeration;
    @Column(name = "item_json")
    private String itemJson;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Competency() {
    }

    public Competency(CompetencyId id, TenantId tenantId, FrameworkId frameworkId, String caseIdentifier) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.frameworkId = frameworkId.value();
        this.caseIdentifier = caseIdentifier;
    }

    /** Takes the item's properties as current, at the given place in the package; un-retires it. */
    public void describe(CaseItem item, int position) {
        this.position = position;
        this.fullStatement = item.fullStatement();
        this.abbreviatedStatement = item.abbreviatedStatement();
        this.humanCodingScheme = item.humanCodingScheme();
        this.itemType = item.itemType();
        this.listEnumeration = item.listEnumeration();
        this.itemJson = item.json().toString();
        this.retiredAt = null;
    }

    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public CompetencyId id() {
        return new CompetencyId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public FrameworkId frameworkId() {
        return new FrameworkId(frameworkId);
    }

    public String caseIdentifier() {
        return caseIdentifier;
    }

    public int position() {
        return position;
    }

    /** How people read it in lists: its human coding scheme (when it has one) and its full statement. */
    public String label() {
        return humanCodingScheme == null || humanCodingScheme.isBlank() ? fullStatement
                : humanCodingScheme + " " + fullStatement;
    }

    public String fullStatement() {
        return fullStatement;
    }

    public String abbreviatedStatement() {
        return abbreviatedStatement;
    }

    public String humanCodingScheme() {
        return humanCodingScheme;
    }

    public String itemType() {
        return itemType;
    }

    public String listEnumeration() {
        return listEnumeration;
    }

    public String itemJson() {
        return itemJson;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }
}
